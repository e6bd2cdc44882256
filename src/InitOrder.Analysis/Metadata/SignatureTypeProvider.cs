using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// Decodes signature blobs into <see cref="DecodedType"/>s whose text is the same whether a type is
/// written as a TypeDef in its own assembly or as a TypeRef elsewhere, so a MemberRef's signature can
/// be matched against the MethodDef it refers to. Custom modifiers are ignored.
/// </summary>
internal sealed class SignatureTypeProvider : ISignatureTypeProvider<DecodedType, object?>
{
    // A TypeSpec may mention TypeSpecs; crafted metadata could make that a cycle.
    private const int MaxSpecificationDepth = 32;

    private readonly TypeNameCache _names;
    private int _specificationDepth;

    public SignatureTypeProvider(TypeNameCache names)
    {
        _names = names;
    }

    public DecodedType DecodeSpecification(MetadataReader reader, TypeSpecificationHandle handle)
    {
        if (_specificationDepth >= MaxSpecificationDepth)
        {
            throw new BadImageFormatException("Type specifications nest too deeply.");
        }

        _specificationDepth++;
        try
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, null);
        }
        finally
        {
            _specificationDepth--;
        }
    }

    public DecodedType GetPrimitiveType(PrimitiveTypeCode typeCode) => PrimitiveTypes.Get(typeCode);

    // The cache's object for the handle: signatures name the same types over and over.
    public DecodedType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => _names.Decode(handle);

    public DecodedType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => _names.Decode(handle);

    public DecodedType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        _names.Decode(handle);

    public DecodedType GetSZArrayType(DecodedType elementType) => Wrap(elementType, elementType.Text + "[]");

    public DecodedType GetArrayType(DecodedType elementType, ArrayShape shape) =>
        Wrap(elementType, elementType.Text + "[" + new string(',', Math.Max(0, shape.Rank - 1)) + "]");

    public DecodedType GetByReferenceType(DecodedType elementType) => Wrap(elementType, elementType.Text + "&");

    public DecodedType GetPointerType(DecodedType elementType) => Wrap(elementType, elementType.Text + "*");

    public DecodedType GetPinnedType(DecodedType elementType) => elementType;

    public DecodedType GetModifiedType(DecodedType modifier, DecodedType unmodifiedType, bool isRequired) => unmodifiedType;

    public DecodedType GetGenericTypeParameter(object? genericContext, int index) => PrimitiveTypes.TypeParameter(index);

    public DecodedType GetGenericMethodParameter(object? genericContext, int index) => PrimitiveTypes.MethodParameter(index);

    public DecodedType GetGenericInstantiation(DecodedType genericType, ImmutableArray<DecodedType> typeArguments)
    {
        string text = genericType.Text + "<" + string.Join(",", typeArguments.Select(a => a.Text)) + ">";

        // One array of the right size: instantiations are decoded for most tokens, and growing lists was a tenth of a run.
        int count = genericType.NamedTypes.Count;
        foreach (var argument in typeArguments)
        {
            count += argument.NamedTypes.Count;
        }

        var named = new NamedType[count];
        int next = 0;
        next = CopyInto(genericType.NamedTypes, named, next);
        foreach (var argument in typeArguments)
        {
            next = CopyInto(argument.NamedTypes, named, next);
        }

        return new DecodedType(text, genericType.Definition, named, typeArguments);
    }

    public DecodedType GetFunctionPointerType(MethodSignature<DecodedType> signature)
    {
        var named = new List<NamedType>(signature.ReturnType.NamedTypes);
        foreach (var parameter in signature.ParameterTypes)
        {
            named.AddRange(parameter.NamedTypes);
        }

        string text = "method " + MethodSignatureText.Format(signature);
        return new DecodedType(text, null, named, DecodedType.NoArguments);
    }

    private static int CopyInto(IReadOnlyList<NamedType> types, NamedType[] target, int next)
    {
        for (int i = 0; i < types.Count; i++)
        {
            target[next++] = types[i];
        }

        return next;
    }

    /// <summary>Arrays, pointers and byrefs keep the element's named types but are not themselves a named definition.</summary>
    private static DecodedType Wrap(DecodedType element, string text) => new(text, null, element.NamedTypes, DecodedType.NoArguments);
}
