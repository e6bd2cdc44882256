using System;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// A type definition named the way metadata names it, plus the assembly a reference points at.
/// Generic instantiations are represented by their definition (<c>Ns.Cache`1</c>).
/// </summary>
internal sealed class NamedType : IEquatable<NamedType>
{
    // Named types key many lookups; hashing the full name once pays off in big libraries.
    private readonly int _hashCode;

    public NamedType(string @namespace, string name, string? assemblyName)
    {
        Namespace = @namespace;
        Name = name;
        AssemblyName = assemblyName;
        FullName = @namespace.Length == 0 ? name : @namespace + "." + name;
        _hashCode = StringComparer.Ordinal.GetHashCode(FullName);
    }

    /// <summary>The outermost type's namespace; empty for the global namespace.</summary>
    public string Namespace { get; }

    /// <summary>Type name with enclosing types joined by '+', for example <c>Outer+Inner`1</c>.</summary>
    public string Name { get; }

    /// <summary>Namespace-qualified metadata name, for example <c>Sample.Outer+Inner`1</c>.</summary>
    public string FullName { get; }

    /// <summary>
    /// Simple name of the assembly the reference points at (which may forward the type elsewhere);
    /// null when the metadata does not say.
    /// </summary>
    public string? AssemblyName { get; }

    /// <summary>Name without namespace or generic arity, as chains show it: <c>Outer+Inner</c>.</summary>
    public string DisplayName => DisplayNames.StripArity(Name);

    public bool Equals(NamedType? other) =>
        other is not null && (ReferenceEquals(this, other) || _hashCode == other._hashCode && FullName == other.FullName) && string.Equals(AssemblyName, other.AssemblyName, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as NamedType);

    public override int GetHashCode() => _hashCode;

    public override string ToString() => AssemblyName is null ? FullName : FullName + ", " + AssemblyName;
}
