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
    private readonly TypeRefCollector _types;
    private readonly Lazy<SourceLines> _lines;

    public MetadataFile(string path)
    {
        _pe = new PEReader(File.OpenRead(path));
        Reader = _pe.GetMetadataReader();
        Name = Reader.GetString(Reader.GetAssemblyDefinition().Name);
        _types = new TypeRefCollector(Reader, Name);
        _lines = new Lazy<SourceLines>(() => SourceLines.Open(_pe, path));
    }

    public MetadataReader Reader { get; }

    public string Name { get; }

    public MethodDescription Describe(int token)
    {
        var handle = (MethodDefinitionHandle)MetadataTokens.EntityHandle(token);
        var method = Reader.GetMethodDefinition(handle);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var assemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (method.RelativeVirtualAddress != 0)
        {
            foreach (var used in ILTokenReader.Tokens(_pe.GetMethodBody(method.RelativeVirtualAddress)))
            {
                Collect(used, named, assemblies);
            }
        }

        return new MethodDescription(Name, _types.NameOf(method.GetDeclaringType()), Reader.GetString(method.Name), named, assemblies);
    }

    /// <summary>
    /// The IL offset of the first instruction whose token names <paramref name="target"/> (for an assembly target:
    /// anything of it, signatures included), by the same rules as <see cref="Describe"/>; null when none does.
    /// </summary>
    public int? FirstMention(int token, string target, bool assemblyTarget)
    {
        var method = Reader.GetMethodDefinition((MethodDefinitionHandle)MetadataTokens.EntityHandle(token));
        if (method.RelativeVirtualAddress == 0)
        {
            return null;
        }

        foreach (var (offset, used) in ILTokenReader.TokensAt(_pe.GetMethodBody(method.RelativeVirtualAddress)))
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            var assemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            Collect(used, named, assemblies);
            if (assemblyTarget ? assemblies.Contains(target) : named.Contains(target))
            {
                return offset;
            }
        }

        return null;
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

    /// <summary>
    /// Named types count for type targets only where the token names them (owner, type token, generic argument);
    /// every type, signatures included, makes the JIT load its assembly, so all of them count for assembly targets.
    /// </summary>
    private void Collect(EntityHandle handle, HashSet<string> named, HashSet<string> assemblies)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            case HandleKind.TypeReference:
            case HandleKind.TypeSpecification:
                Add(_types.Of(handle), named, assemblies);
                break;
            case HandleKind.MethodDefinition:
                var method = Reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                Add(_types.Of(method.GetDeclaringType()), named, assemblies);
                AddSignature(method.DecodeSignature(_types, null), assemblies);
                break;
            case HandleKind.FieldDefinition:
                var field = Reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                Add(_types.Of(field.GetDeclaringType()), named, assemblies);
                Add(field.DecodeSignature(_types, null), null, assemblies);
                break;
            case HandleKind.MemberReference:
                var member = Reader.GetMemberReference((MemberReferenceHandle)handle);
                if (member.Parent.Kind == HandleKind.MethodDefinition)
                {
                    Collect(member.Parent, named, assemblies);
                }
                else
                {
                    Add(_types.Of(member.Parent), named, assemblies);
                }

                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    AddSignature(member.DecodeMethodSignature(_types, null), assemblies);
                }
                else
                {
                    Add(member.DecodeFieldSignature(_types, null), null, assemblies);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = Reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Collect(specification.Method, named, assemblies);
                foreach (var argument in specification.DecodeSignature(_types, null))
                {
                    Add(argument, named, assemblies);
                }

                break;
        }
    }

    private static void AddSignature(MethodSignature<IReadOnlyList<TypeRef>> signature, HashSet<string> assemblies)
    {
        Add(signature.ReturnType, null, assemblies);
        foreach (var parameter in signature.ParameterTypes)
        {
            Add(parameter, null, assemblies);
        }
    }

    private static void Add(IReadOnlyList<TypeRef> types, HashSet<string>? named, HashSet<string> assemblies)
    {
        foreach (var type in types)
        {
            named?.Add(type.FullName);
            if (type.Assembly is { } assembly)
            {
                assemblies.Add(assembly);
            }
        }
    }
}
