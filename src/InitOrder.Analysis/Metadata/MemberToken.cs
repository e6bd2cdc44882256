using System.Collections.Generic;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// A method or field token from IL, decoded: who owns the member, its name and signature, and every
/// named type the token mentions.
/// </summary>
internal sealed class MemberToken
{
    private static int s_created;

    // Tokens key several caches by identity; a number of their own hashes faster than the runtime's identity hash.
    private readonly int _hashCode = System.Threading.Interlocked.Increment(ref s_created);
    private string? _signatureText;

    public MemberToken(
        bool isMethod,
        DecodedType? owner,
        string name,
        MemberSignature signature,
        SignatureShape shape,
        IReadOnlyList<DecodedType> methodArguments,
        IReadOnlyList<NamedType> signatureTypes,
        EntityHandle definition)
    {
        IsMethod = isMethod;
        Owner = owner;
        Name = name;
        Signature = signature;
        Shape = shape;
        MethodArguments = methodArguments;
        SignatureTypes = signatureTypes;
        Definition = definition;
    }

    public bool IsMethod { get; }

    /// <summary>The type the token names as owner (possibly a generic instantiation); null for module-level members.</summary>
    public DecodedType? Owner { get; }

    public string Name { get; }

    /// <summary>Where the signature is; its text is built only when a lookup needs it.</summary>
    public MemberSignature Signature { get; }

    /// <summary>Canonical signature text for methods (see <see cref="MethodSignatureText"/>), field type text for fields.</summary>
    public string SignatureText => _signatureText ??= Signature.Format();

    public SignatureShape Shape { get; }

    /// <summary>Type arguments of a generic method instantiation (MethodSpec).</summary>
    public IReadOnlyList<DecodedType> MethodArguments { get; }

    /// <summary>Named types in the parameter, return or field types: they make the JIT load their assemblies.</summary>
    public IReadOnlyList<NamedType> SignatureTypes { get; }

    /// <summary>The MethodDef or FieldDef when the token points into its own assembly; nil otherwise.</summary>
    public EntityHandle Definition { get; }

    public string ShortName => Owner?.Definition is { } type ? Display(type.DisplayName) : Name;

    public string FullName => Owner?.Definition is { } type ? Display(type.FullName) : Name;

    public override int GetHashCode() => _hashCode;

    // Identity, as before: one object per token and assembly.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    private string Display(string typeName) => IsMethod ? DisplayNames.Method(typeName, Name) : DisplayNames.Field(typeName, Name);
}
