using System;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What one of a method's metadata tokens puts on the IL stack for <see cref="StackValues"/>: a type handle, a field's
/// value or a call's return, each as its static type with the [DynamicallyAccessedMembers] annotation it guarantees.
/// </summary>
internal sealed class TokenValues
{
    private readonly FactStore _store;
    private readonly MethodNode _method;
    private readonly CalleeAnnotations _own;

    /// <param name="own">The method's own annotations: <c>typeof(T)</c> of an annotated type parameter keeps T's.</param>
    public TokenValues(FactStore store, MethodNode method, CalleeAnnotations own)
    {
        _store = store;
        _method = method;
        _own = own;
    }

    /// <summary><c>ldtoken</c>: a type's handle, a framework type's, or only its static type (a generic parameter's annotation kept).</summary>
    public StackValue Type(int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        if (handle.Kind != HandleKind.TypeDefinition && handle.Kind != HandleKind.TypeReference && handle.Kind != HandleKind.TypeSpecification)
        {
            return StackValue.Unknown;
        }

        var type = _method.Assembly.Names.Decode(handle);
        if (type.Definition is { } named && _store.Context.Types.Resolve(named) is { HasCode: true } resolved)
        {
            return new StackValue(StackValueKind.TypeHandle, type, Type: resolved);
        }

        return IsCodeless(type) ? new StackValue(StackValueKind.CodelessType, type) : StackValue.Of(type, GenericParameterAnnotation(type.Text));
    }

    /// <summary>A named type whose definition has no analysed code (never a generic parameter or an array): its members are framework code.</summary>
    private bool IsCodeless(DecodedType type) =>
        type.Definition is { } named && !type.Text.EndsWith("]", StringComparison.Ordinal) && _store.Context.Types.Resolve(named) is not { HasCode: true };

    /// <summary><c>typeof(T)</c> for an annotated type parameter of this method (<c>!!0</c>) or its type (<c>!0</c>): the callers that bind it are checked.</summary>
    private AccessedMembers GenericParameterAnnotation(string text) =>
        GenericParameterReference.Parse(text) is { } reference ? _own.Of(reference) : AccessedMembers.None;

    /// <summary>The type a <c>box</c>, <c>unbox.any</c>, <c>ldobj</c> or <c>castclass</c> names.</summary>
    public DecodedType? TypeOf(int token) => _method.Assembly.Names.Decode(MetadataTokens.EntityHandle(token));

    private DecodedType? FieldType(int token)
    {
        var reader = _method.Assembly.Reader;
        var handle = MetadataTokens.EntityHandle(token);
        var provider = _method.Assembly.Names.Provider;
        return handle.Kind switch
        {
            HandleKind.FieldDefinition => reader.GetFieldDefinition((FieldDefinitionHandle)handle).DecodeSignature(provider, null),
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)handle).DecodeFieldSignature(provider, null),
            _ => throw new BadImageFormatException("A field instruction names a " + handle.Kind + "."),
        };
    }

    /// <summary><c>Type.EmptyTypes</c> is an empty array; any other static field is only its type.</summary>
    public StackValue StaticField(int token)
    {
        var member = _method.Assembly.Members.Get(MetadataTokens.EntityHandle(token));
        return member.Name == "EmptyTypes" && member.Owner?.Definition?.FullName == ReflectionSignatures.SystemType
            ? new StackValue(StackValueKind.Array, null, Number: 0)
            : Field(token);
    }

    /// <summary>A field read: its type, and the annotation it guarantees when it holds a Type.</summary>
    public StackValue Field(int token) => StackValue.Of(FieldType(token), FieldAnnotation(token));

    public AccessedMembers FieldAnnotation(int token)
    {
        var member = _method.Assembly.Members.Get(MetadataTokens.EntityHandle(token));
        return ReflectionSignatures.HoldsTypeValue(member) && _store.Context.Members.ResolveFieldDeclaringType(_method.Assembly, member) is { } declaring
            ? _store.Annotations.OfField(declaring, member.Name)
            : AccessedMembers.None;
    }

    public AccessedMembers ReturnAnnotation(MemberToken token) =>
        ReflectionSignatures.ReturnsTypeValue(token, token.Owner?.Definition) && _store.Context.Members.ResolveMethod(_method.Assembly, token) is { } callee
            ? _store.Annotations.Of(callee).Return
            : AccessedMembers.None;
}
