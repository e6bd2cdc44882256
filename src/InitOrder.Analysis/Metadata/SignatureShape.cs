using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// The parts of a method signature that overriding preserves even when generic substitution changes
/// the parameter types: static or instance, parameter count and generic arity.
/// </summary>
internal readonly struct SignatureShape : System.IEquatable<SignatureShape>
{
    public SignatureShape(bool isInstance, int parameterCount, int genericArity)
    {
        IsInstance = isInstance;
        ParameterCount = parameterCount;
        GenericArity = genericArity;
    }

    public bool IsInstance { get; }

    public int ParameterCount { get; }

    public int GenericArity { get; }

    public static SignatureShape Read(MetadataReader reader, BlobHandle signature)
    {
        var blob = reader.GetBlobReader(signature);
        var header = blob.ReadSignatureHeader();
        if (header.Kind != SignatureKind.Method && header.Kind != SignatureKind.Property)
        {
            return new SignatureShape(header.IsInstance, 0, 0);
        }

        int arity = header.IsGeneric ? blob.ReadCompressedInteger() : 0;
        int parameters = blob.ReadCompressedInteger();
        return new SignatureShape(header.IsInstance, parameters, arity);
    }

    public bool Matches(SignatureShape other) =>
        IsInstance == other.IsInstance && ParameterCount == other.ParameterCount && GenericArity == other.GenericArity;

    public bool Equals(SignatureShape other) => Matches(other);

    public override bool Equals(object? obj) => obj is SignatureShape other && Matches(other);

    public override int GetHashCode() => (ParameterCount * 31 + GenericArity) * 2 + (IsInstance ? 1 : 0);
}
