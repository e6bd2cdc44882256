using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// A type as it appears in a signature or token, reduced to what the analysis needs: canonical text for
/// matching signatures across assemblies, the named definition it stands for, and every named type
/// inside it (generic arguments, array elements).
/// </summary>
internal sealed class DecodedType
{
    public static readonly IReadOnlyList<NamedType> NoTypes = Array.Empty<NamedType>();
    public static readonly IReadOnlyList<DecodedType> NoArguments = Array.Empty<DecodedType>();

    private static int s_created;

    // Type tokens key caches by identity; a number of their own hashes faster than the runtime's identity hash.
    private readonly int _hashCode = System.Threading.Interlocked.Increment(ref s_created);

    public DecodedType(string text, NamedType? definition, IReadOnlyList<NamedType> namedTypes, IReadOnlyList<DecodedType> genericArguments)
    {
        Text = text;
        Definition = definition;
        NamedTypes = namedTypes;
        GenericArguments = genericArguments;
    }

    /// <summary>Assembly-free text such as <c>System.Collections.Generic.List`1&lt;System.Int32&gt;</c>.</summary>
    public string Text { get; }

    /// <summary>The named type for a plain or generic-instantiated type; null for primitives, arrays, pointers and generic parameters.</summary>
    public NamedType? Definition { get; }

    /// <summary>Every named type inside, including <see cref="Definition"/>.</summary>
    public IReadOnlyList<NamedType> NamedTypes { get; }

    /// <summary>Type arguments of a generic instantiation; empty otherwise.</summary>
    public IReadOnlyList<DecodedType> GenericArguments { get; }

    public static DecodedType Named(NamedType type) => new(type.FullName, type, new[] { type }, NoArguments);

    public static DecodedType Unnamed(string text) => new(text, null, NoTypes, NoArguments);

    public override int GetHashCode() => _hashCode;

    // Identity, as before: the caches hand out one object per handle.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override string ToString() => Text;
}
