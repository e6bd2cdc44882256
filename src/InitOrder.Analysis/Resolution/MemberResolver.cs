using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// Finds the MethodDef a method token calls and the type that really declares a field, in whichever
/// loaded assembly defines them. Lookup is by owner type full name, member name and signature text,
/// walking up base types because some compilers name a derived type as the owner of inherited members.
/// </summary>
internal sealed class MemberResolver
{
    private const int MaxBaseTypeDepth = 64;

    private readonly TypeResolver _types;
    private readonly TypeHierarchy _hierarchy;
    private readonly Dictionary<(LoadedAssembly, MethodDefinitionHandle), string> _signatures = new();
    private readonly Dictionary<MemberToken, ResolvedMethod?> _methods = new();
    private readonly Dictionary<MemberToken, ResolvedType?> _fieldOwners = new();

    public MemberResolver(TypeResolver types, TypeHierarchy hierarchy)
    {
        _types = types;
        _hierarchy = hierarchy;
    }

    /// <summary>Cached per token object; tokens come from <see cref="MemberTokenCache"/>, one per assembly and handle.</summary>
    public ResolvedMethod? ResolveMethod(LoadedAssembly context, MemberToken token)
    {
        if (!_methods.TryGetValue(token, out var method))
        {
            method = FindMethod(context, token);
            _methods.Add(token, method);
        }

        return method;
    }

    /// <summary>The type that declares the field the token names (the owner itself, or one of its base types).</summary>
    public ResolvedType? ResolveFieldDeclaringType(LoadedAssembly context, MemberToken token)
    {
        if (!_fieldOwners.TryGetValue(token, out var owner))
        {
            owner = FindFieldDeclaringType(context, token);
            _fieldOwners.Add(token, owner);
        }

        return owner;
    }

    private ResolvedMethod? FindMethod(LoadedAssembly context, MemberToken token)
    {
        if (token.Definition.Kind == HandleKind.MethodDefinition)
        {
            var handle = (MethodDefinitionHandle)token.Definition;
            var declaring = new ResolvedType(context, context.Reader.GetMethodDefinition(handle).GetDeclaringType());
            return new ResolvedMethod(declaring, handle);
        }

        var owner = token.Owner?.Definition is { } name ? _types.Resolve(name) : null;
        for (int depth = 0; owner is not null && depth < MaxBaseTypeDepth; depth++)
        {
            var found = FindMethodOn(owner, token);
            if (found is not null)
            {
                return new ResolvedMethod(owner, found.Value);
            }

            owner = _hierarchy.BaseType(owner);
        }

        return null;
    }

    private ResolvedType? FindFieldDeclaringType(LoadedAssembly context, MemberToken token)
    {
        if (token.Definition.Kind == HandleKind.FieldDefinition)
        {
            return new ResolvedType(context, context.Reader.GetFieldDefinition((FieldDefinitionHandle)token.Definition).GetDeclaringType());
        }

        var owner = token.Owner?.Definition is { } name ? _types.Resolve(name) : null;
        for (int depth = 0; owner is not null && depth < MaxBaseTypeDepth; depth++)
        {
            var reader = owner.Assembly.Reader;
            foreach (var handle in owner.Definition.GetFields())
            {
                if (reader.StringComparer.Equals(reader.GetFieldDefinition(handle).Name, token.Name))
                {
                    return owner;
                }
            }

            owner = _hierarchy.BaseType(owner);
        }

        return null;
    }

    private MethodDefinitionHandle? FindMethodOn(ResolvedType type, MemberToken token)
    {
        var reader = type.Assembly.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            // Overloads of another shape cannot have the same signature text: skip building it (text is the costly part).
            var definition = reader.GetMethodDefinition(handle);
            if (reader.StringComparer.Equals(definition.Name, token.Name) &&
                SignatureShape.Read(reader, definition.Signature).Matches(token.Shape) &&
                SignatureOf(type.Assembly, handle) == token.SignatureText)
            {
                return handle;
            }
        }

        return null;
    }

    private string SignatureOf(LoadedAssembly assembly, MethodDefinitionHandle handle)
    {
        if (!_signatures.TryGetValue((assembly, handle), out var text))
        {
            var signature = assembly.Reader.GetMethodDefinition(handle).DecodeSignature(assembly.Names.Provider, null);
            text = MethodSignatureText.Format(signature);
            _signatures.Add((assembly, handle), text);
        }

        return text;
    }
}
