using System;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// A method's edges in IL order, unpacked as they are enumerated: an edge to a <see cref="DispatchSet"/>
/// becomes one <see cref="Edge"/> per member, each with the call site's offset, so a chain still names the
/// override it goes through. A target may come more than once (through a direct call and a set, or two sets);
/// the first occurrence is the one that counts.
/// </summary>
internal readonly struct EdgeList
{
    public EdgeList(PackedEdge[] edges, CodeGraph? graph)
    {
        Packed = edges;
        Graph = graph;
    }

    public static EdgeList Empty => new(Array.Empty<PackedEdge>(), null);

    public PackedEdge[] Packed { get; }

    /// <summary>Where the ids in <see cref="Packed"/> are looked up; null only when there are no edges.</summary>
    public CodeGraph? Graph { get; }

    public EdgeEnumerator GetEnumerator() => new(this);
}
