using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InitOrder.Tracing.Metadata;

/// <summary>One assembly file opened with System.Reflection.Metadata, describing its methods on demand.</summary>
public sealed class MetadataFile : IDisposable
{
    private readonly PEReader _pe;
    private readonly TypeNames _types;
    private readonly Lazy<SourceLines> _lines;

    public MetadataFile(string path)
    {
        _pe = new PEReader(File.OpenRead(path));
        Reader = _pe.GetMetadataReader();
        Name = Reader.GetString(Reader.GetAssemblyDefinition().Name);
        _types = new TypeNames(Reader);
        _lines = new Lazy<SourceLines>(() => SourceLines.Open(_pe, path));
    }

    public MetadataReader Reader { get; }

    public string Name { get; }

    public MethodDescription Describe(int token)
    {
        var method = Reader.GetMethodDefinition((MethodDefinitionHandle)MetadataTokens.EntityHandle(token));
        return new MethodDescription(Name, _types.NameOf(method.GetDeclaringType()), Reader.GetString(method.Name));
    }

    /// <summary>
    /// The tokens of the methods <c>&lt;Module&gt;..cctor</c> calls, in order: the assembly's <c>[ModuleInitializer]</c>
    /// methods as the compiler emitted them (it writes only those calls), read from the IL rather than the attributes
    /// because a conditional initializer can be left out.
    /// </summary>
    public IReadOnlyList<int> ModuleInitializers()
    {
        var module = Reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(1));
        foreach (var handle in module.GetMethods())
        {
            var method = Reader.GetMethodDefinition(handle);
            if (Reader.StringComparer.Equals(method.Name, ".cctor") && method.RelativeVirtualAddress != 0)
            {
                return ILTokenReader.TokensAt(_pe.GetMethodBody(method.RelativeVirtualAddress))
                    .Where(t => t.Handle.Kind == HandleKind.MethodDefinition)
                    .Select(t => MetadataTokens.GetToken(t.Handle))
                    .ToList();
            }
        }

        return Array.Empty<int>();
    }

    /// <summary>The source line of an IL offset of a method, from the PDB beside the assembly or embedded in it.</summary>
    public SourceLine? LineOf(int methodToken, int ilOffset) => _lines.Value.At(methodToken, ilOffset);

    /// <summary>Whether the assembly defines a type of this full name (namespace-qualified, nested as Outer+Inner).</summary>
    public bool DefinesType(string fullName) => Reader.TypeDefinitions.Any(t => _types.NameOf(t) == fullName);

    /// <summary>The metadata token of a type's static constructor, if it has one.</summary>
    public int? StaticConstructorOf(int methodToken)
    {
        var declaring = Reader.GetMethodDefinition((MethodDefinitionHandle)MetadataTokens.EntityHandle(methodToken)).GetDeclaringType();
        foreach (var handle in Reader.GetTypeDefinition(declaring).GetMethods())
        {
            if (Reader.StringComparer.Equals(Reader.GetMethodDefinition(handle).Name, ".cctor"))
            {
                return MetadataTokens.GetToken(handle);
            }
        }

        return null;
    }

    /// <summary>The token of <c>Type.Method</c> (the contract's patch name form), or null.</summary>
    public int? FindMethod(string typeFullName, string methodName)
    {
        foreach (var typeHandle in Reader.TypeDefinitions)
        {
            if (_types.NameOf(typeHandle) != typeFullName)
            {
                continue;
            }

            var match = Reader.GetTypeDefinition(typeHandle).GetMethods()
                .Where(m => Reader.StringComparer.Equals(Reader.GetMethodDefinition(m).Name, methodName))
                .Select(m => (int?)MetadataTokens.GetToken(m))
                .FirstOrDefault();
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    public void Dispose()
    {
        if (_lines.IsValueCreated)
        {
            _lines.Value.Dispose();
        }

        _pe.Dispose();
    }
}
