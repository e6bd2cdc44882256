using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// An assembly read fully into memory: its metadata, whether it has code to follow, and (for
/// implementation assemblies) its source lines. Nothing here keeps a file open.
/// </summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly PEReader _peReader;
    private Dictionary<string, TypeDefinitionHandle>? _typesByFullName;
    private Dictionary<string, string>? _forwarders;
    private readonly Dictionary<TypeDefinitionHandle, MethodDefinitionHandle?> _staticConstructors = new();
    private MethodDefinitionHandle? _moduleInitializer;
    private bool _moduleInitializerSearched;

    public LoadedAssembly(string path, PEReader peReader, MetadataReader reader, bool isReferenceAssembly)
    {
        Path = path;
        _peReader = peReader;
        Reader = reader;
        IsReferenceAssembly = isReferenceAssembly;
        Name = reader.GetString(reader.GetAssemblyDefinition().Name);
        Strings = new StringTable(reader);
        Names = new TypeNameCache(this);
        Members = new MemberTokenCache(this);
    }

    public string Path { get; }

    /// <summary>The assembly's simple name.</summary>
    public string Name { get; }

    public MetadataReader Reader { get; }

    /// <summary>Reference assemblies are used for their type hierarchy only; their bodies are never followed.</summary>
    public bool IsReferenceAssembly { get; }

    /// <summary>Source lines for this assembly's methods; null without a usable PDB.</summary>
    public SourceLineMap? Lines { get; set; }

    public StringTable Strings { get; }

    public TypeNameCache Names { get; }

    public MemberTokenCache Members { get; }

    public PEReader PEReader => _peReader;

    /// <summary>The file's size: the reader holds the whole image in memory (see <see cref="AssemblyFileReader"/>).</summary>
    public int ImageSize => _peReader.GetEntireImage().Length;

    /// <summary><c>&lt;Module&gt;..cctor</c>, the method that calls the module initializers, if there is one.</summary>
    public MethodDefinitionHandle? ModuleInitializer
    {
        get
        {
            if (!_moduleInitializerSearched)
            {
                _moduleInitializerSearched = true;
                _moduleInitializer = FindModuleConstructor();
            }

            return _moduleInitializer;
        }
    }

    /// <summary>Finds a type defined here by namespace-qualified metadata name (nested types joined by '+').</summary>
    public TypeDefinitionHandle? FindType(string fullName)
    {
        _typesByFullName ??= IndexTypes();
        return _typesByFullName.TryGetValue(fullName, out var handle) ? handle : null;
    }

    /// <summary>The assembly a type forwarder sends <paramref name="fullName"/> to, if this assembly forwards it.</summary>
    public string? FindForwarder(string fullName)
    {
        _forwarders ??= ForwarderIndex.Build(Reader);
        return _forwarders.TryGetValue(fullName, out var target) ? target : null;
    }

    /// <summary>The static constructor of a type, if it has one (asked for at nearly every member access, so cached).</summary>
    public MethodDefinitionHandle? FindStaticConstructor(TypeDefinitionHandle type)
    {
        if (!_staticConstructors.TryGetValue(type, out var found))
        {
            foreach (var handle in Reader.GetTypeDefinition(type).GetMethods())
            {
                var method = Reader.GetMethodDefinition(handle);
                if ((method.Attributes & System.Reflection.MethodAttributes.Static) != 0 &&
                    Reader.StringComparer.Equals(method.Name, DisplayNames.StaticConstructorName))
                {
                    found = handle;
                    break;
                }
            }

            _staticConstructors.Add(type, found);
        }

        return found;
    }

    /// <summary>
    /// Set on the analysed assembly only: records each method whose body the analysis reads, so a later build can tell
    /// whether this verification still holds (see Reuse/).
    /// </summary>
    public Reuse.MethodReadLog? Reads { get; set; }

    /// <summary>The IL body of a method, or null when it has none (abstract, extern, runtime-provided).</summary>
    public MethodBodyBlock? GetBody(MethodDefinitionHandle handle)
    {
        Reads?.Add(handle);
        return PeekBody(handle);
    }

    /// <summary><see cref="GetBody"/> without recording the read: for the digests that check a recorded read.</summary>
    public MethodBodyBlock? PeekBody(MethodDefinitionHandle handle)
    {
        int rva = Reader.GetMethodDefinition(handle).RelativeVirtualAddress;
        return rva == 0 ? null : _peReader.GetMethodBody(rva);
    }

    public void Dispose()
    {
        Lines?.Dispose();
        _peReader.Dispose();
    }

    public override string ToString() => Name;

    private MethodDefinitionHandle? FindModuleConstructor()
    {
        foreach (var typeHandle in Reader.TypeDefinitions)
        {
            // <Module> is always the first row of the TypeDef table.
            var moduleType = Reader.GetTypeDefinition(typeHandle);
            return Reader.StringComparer.Equals(moduleType.Name, DisplayNames.ModuleTypeName) ? FindStaticConstructor(typeHandle) : null;
        }

        return null;
    }

    private Dictionary<string, TypeDefinitionHandle> IndexTypes()
    {
        var index = new Dictionary<string, TypeDefinitionHandle>(StringComparer.Ordinal);
        foreach (var handle in Reader.TypeDefinitions)
        {
            string fullName = Names.Get(handle).FullName;
            if (!index.ContainsKey(fullName))
            {
                index.Add(fullName, handle);
            }
        }

        return index;
    }
}
