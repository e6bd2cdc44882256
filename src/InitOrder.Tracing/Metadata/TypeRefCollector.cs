using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace InitOrder.Tracing.Metadata;

/// <summary>Decodes a type or signature into every named type it mentions (generic arguments and element types too).</summary>
public sealed class TypeRefCollector : ISignatureTypeProvider<IReadOnlyList<TypeRef>, object?>
{
    private readonly MetadataReader _reader;
    private readonly string _ownAssembly;

    public TypeRefCollector(MetadataReader reader, string ownAssembly)
    {
        _reader = reader;
        _ownAssembly = ownAssembly;
    }

    public IReadOnlyList<TypeRef> Of(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => GetTypeFromDefinition(_reader, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeReference => GetTypeFromReference(_reader, (TypeReferenceHandle)handle, 0),
        HandleKind.TypeSpecification => _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
        _ => Array.Empty<TypeRef>(),
    };

    public IReadOnlyList<TypeRef> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        new[] { new TypeRef(NameOf(handle), _ownAssembly) };

    public IReadOnlyList<TypeRef> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var (name, assembly) = NameOf(handle);
        return new[] { new TypeRef(name, assembly) };
    }

    public IReadOnlyList<TypeRef> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public IReadOnlyList<TypeRef> GetGenericInstantiation(IReadOnlyList<TypeRef> genericType, ImmutableArray<IReadOnlyList<TypeRef>> typeArguments) =>
        genericType.Concat(typeArguments.SelectMany(a => a)).ToList();

    public IReadOnlyList<TypeRef> GetArrayType(IReadOnlyList<TypeRef> elementType, ArrayShape shape) => elementType;

    public IReadOnlyList<TypeRef> GetSZArrayType(IReadOnlyList<TypeRef> elementType) => elementType;

    public IReadOnlyList<TypeRef> GetByReferenceType(IReadOnlyList<TypeRef> elementType) => elementType;

    public IReadOnlyList<TypeRef> GetPointerType(IReadOnlyList<TypeRef> elementType) => elementType;

    public IReadOnlyList<TypeRef> GetPinnedType(IReadOnlyList<TypeRef> elementType) => elementType;

    public IReadOnlyList<TypeRef> GetModifiedType(IReadOnlyList<TypeRef> modifier, IReadOnlyList<TypeRef> unmodifiedType, bool isRequired) => unmodifiedType;

    public IReadOnlyList<TypeRef> GetFunctionPointerType(MethodSignature<IReadOnlyList<TypeRef>> signature) =>
        signature.ParameterTypes.SelectMany(p => p).Concat(signature.ReturnType).ToList();

    public IReadOnlyList<TypeRef> GetGenericMethodParameter(object? genericContext, int index) => Array.Empty<TypeRef>();

    public IReadOnlyList<TypeRef> GetGenericTypeParameter(object? genericContext, int index) => Array.Empty<TypeRef>();

    // Primitive codes stand for the System types of the core library (the enum's names are those types' names).
    public IReadOnlyList<TypeRef> GetPrimitiveType(PrimitiveTypeCode typeCode) => new[] { new TypeRef("System." + typeCode, null) };

    public string NameOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        string name = _reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return NameOf(declaring) + "+" + name;
        }

        string ns = _reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private (string Name, string? Assembly) NameOf(TypeReferenceHandle handle)
    {
        var type = _reader.GetTypeReference(handle);
        string name = _reader.GetString(type.Name);
        var scope = type.ResolutionScope;
        if (scope.Kind == HandleKind.TypeReference)
        {
            var (outer, assembly) = NameOf((TypeReferenceHandle)scope);
            return (outer + "+" + name, assembly);
        }

        string ns = _reader.GetString(type.Namespace);
        string full = ns.Length == 0 ? name : ns + "." + name;
        string? owner = scope.Kind == HandleKind.AssemblyReference
            ? _reader.GetString(_reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
            : _ownAssembly;
        return (full, owner);
    }
}
