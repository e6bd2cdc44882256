namespace InitOrder.Analysis.Graph;

/// <summary>
/// A method's edges in IL order, unpacked as they are enumerated: an edge to a <see cref="DispatchSet"/>
/// becomes one <see cref="Edge"/> per member, each with the call site's offset, so a chain still names the
/// override it goes through. A target may come more than once (through a direct call and a set, or two sets);
/// the first occurrence is the one that counts.
/// </summary>
internal readonly struct EdgeList
{
    private readonly PackedEdge[]? _store;

    /// <param name="store">The graph's edge store (see <see cref="PackedStore{T}"/>); this list is <paramref name="count"/> edges from <paramref name="start"/>.</param>
    public EdgeList(CodeGraph? graph, PackedEdge[]? store, int start, int count)
    {
        Graph = graph;
        _store = store;
        Start = start;
        Count = count;
    }

    public static EdgeList Empty => default;

    /// <summary>Where the ids in the edges are looked up; null only when there are no edges.</summary>
    public CodeGraph? Graph { get; }

    public int Start { get; }

    /// <summary>How many packed edges (a dispatch set counts once).</summary>
    public int Count { get; }

    public PackedEdge this[int index] => _store![Start + index];

    public EdgeEnumerator GetEnumerator() => new(this);
}
