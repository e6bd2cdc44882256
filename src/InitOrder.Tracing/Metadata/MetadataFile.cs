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

    public MetadataFile(string path)
    {
        _pe = new PEReader(File.OpenRead(path));
        Reader = _pe.GetMetadataReader();
        Name = Reader.GetString(Reader.GetAssemblyDefinition().Name);
        _types = new TypeRefCollector(Reader, Name);
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

    public void Dispose() => _pe.Dispose();

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
