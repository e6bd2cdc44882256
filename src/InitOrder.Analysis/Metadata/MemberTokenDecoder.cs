using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// Decodes the method and field tokens found in IL (MethodDef, FieldDef, MemberRef, MethodSpec).
/// Throws <see cref="BadImageFormatException"/> for tokens that cannot be decoded.
/// </summary>
internal static class MemberTokenDecoder
{
    public static MemberToken Decode(LoadedAssembly assembly, EntityHandle token)
    {
        var reader = assembly.Reader;
        var provider = assembly.Names.Provider;
        switch (token.Kind)
        {
            case HandleKind.MethodDefinition:
            {
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)token);
                var signature = method.DecodeSignature(provider, null);
                var owner = assembly.Names.Decode(method.GetDeclaringType());
                return new MemberToken(true, owner, assembly.Strings.Get(method.Name), MemberSignature.OfMethod(assembly, method.Signature),
                    SignatureShape.Read(reader, method.Signature), DecodedType.NoArguments, TypesOf(signature), token);
            }

            case HandleKind.FieldDefinition:
            {
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)token);
                var type = field.DecodeSignature(provider, null);
                var owner = assembly.Names.Decode(field.GetDeclaringType());
                return new MemberToken(false, owner, assembly.Strings.Get(field.Name), MemberSignature.OfField(type), default, DecodedType.NoArguments, type.NamedTypes, token);
            }

            case HandleKind.MemberReference:
                return DecodeReference(assembly, (MemberReferenceHandle)token);

            case HandleKind.MethodSpecification:
            {
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)token);
                var generic = Decode(assembly, specification.Method);
                var arguments = specification.DecodeSignature(provider, null);
                return new MemberToken(true, generic.Owner, generic.Name, generic.Signature, generic.Shape, arguments,
                    generic.SignatureTypes, generic.Definition);
            }

            default:
                throw new BadImageFormatException("Expected a method or field token but found " + token.Kind + ".");
        }
    }

    private static MemberToken DecodeReference(LoadedAssembly assembly, MemberReferenceHandle handle)
    {
        var reader = assembly.Reader;
        var reference = reader.GetMemberReference(handle);
        string name = assembly.Strings.Get(reference.Name);

        // A vararg call site names the MethodDef it calls as its parent.
        if (reference.Parent.Kind == HandleKind.MethodDefinition)
        {
            return Decode(assembly, reference.Parent);
        }

        DecodedType? owner = reference.Parent.Kind switch
        {
            HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification => assembly.Names.Decode(reference.Parent),
            _ => null,
        };

        if (reference.GetKind() == MemberReferenceKind.Field)
        {
            var type = reference.DecodeFieldSignature(assembly.Names.Provider, null);
            return new MemberToken(false, owner, name, MemberSignature.OfField(type), default, DecodedType.NoArguments, type.NamedTypes, default);
        }

        var signature = reference.DecodeMethodSignature(assembly.Names.Provider, null);
        return new MemberToken(true, owner, name, MemberSignature.OfMethod(assembly, reference.Signature), SignatureShape.Read(reader, reference.Signature),
            DecodedType.NoArguments, TypesOf(signature), default);
    }

    /// <summary>An exact array (the shared empty one for none): tokens keep these as long as the analysis runs.</summary>
    private static IReadOnlyList<NamedType> TypesOf(MethodSignature<DecodedType> signature)
    {
        int count = signature.ReturnType.NamedTypes.Count;
        foreach (var parameter in signature.ParameterTypes)
        {
            count += parameter.NamedTypes.Count;
        }

        if (count == 0)
        {
            return DecodedType.NoTypes;
        }

        var types = new NamedType[count];
        int next = 0;
        Copy(signature.ReturnType.NamedTypes, types, ref next);
        foreach (var parameter in signature.ParameterTypes)
        {
            Copy(parameter.NamedTypes, types, ref next);
        }

        return types;
    }

    private static void Copy(IReadOnlyList<NamedType> from, NamedType[] to, ref int next)
    {
        for (int i = 0; i < from.Count; i++)
        {
            to[next++] = from[i];
        }
    }
}
