namespace InitOrder.Tracing.Metadata;

/// <summary>
/// A named type as metadata refers to it: namespace-qualified name with nesting (<c>Ns.Outer+Inner</c>) and arity
/// (<c>Ns.Cache`1</c>), and the assembly the reference points at (null when metadata does not say, as for primitives).
/// </summary>
public sealed record TypeRef(string FullName, string? Assembly);
