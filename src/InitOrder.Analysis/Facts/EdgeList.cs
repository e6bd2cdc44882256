using InitOrder.Analysis.Facts.Storage;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// A method's edges in IL order, unpacked as they are enumerated: an edge to a <see cref="DispatchSet"/>
/// becomes one <see cref="Edge"/> per member, each with the call site's offset, so a chain still names the
/// override it goes through. A target may come more than once (through a direct call and a set, or two sets);
/// the first occurrence is the one that counts.
/// </summary>
internal readonly struct EdgeList
{
    private readonly PackedEdge[]? _packed;

    /// <param name="packed">The store's packed edges (see <see cref="PackedStore{T}"/>); this list is <paramref name="count"/> edges from <paramref name="start"/>.</param>
    public EdgeList(FactStore? store, PackedEdge[]? packed, int start, int count)
    {
        Store = store;
        _packed = packed;
        Start = start;
        Count = count;
    }

    public static EdgeList Empty => default;

    /// <summary>Where the ids in the edges are looked up; null only when there are no edges.</summary>
    public FactStore? Store { get; }

    public int Start { get; }

    /// <summary>How many packed edges (a dispatch set counts once).</summary>
    public int Count { get; }

    public PackedEdge this[int index] => _packed![Start + index];

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the list, expanding dispatch sets in place, without allocating.</summary>
    public struct Enumerator
    {
        private readonly EdgeList _edges;
        private readonly FactStore? _store;
        private int _index;
        private DispatchMember[]? _members;
        private bool _membersNeedLiveReceiver;
        private int _member;
        private MethodNode? _implementation;

        public Enumerator(EdgeList list)
        {
            _edges = list;
            _store = list.Store;
            _index = -1;
            _members = null;
            _membersNeedLiveReceiver = false;
            _member = 0;
            _implementation = null;
            Current = default;
        }

        public Edge Current { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                if (_members is not null)
                {
                    if (_member < _members.Length)
                    {
                        var member = _members[_member++];
                        var node = _store!.NodeById(member.Node);
                        if (member.Kind != EdgeKind.StaticConstructor)
                        {
                            _implementation = node;
                        }

                        Current = new Edge(_edges[_index].ILOffset, node, member.Kind, _membersNeedLiveReceiver, _membersNeedLiveReceiver ? _implementation : null);
                        return true;
                    }

                    _members = null;
                }

                if (++_index >= _edges.Count)
                {
                    return false;
                }

                var edge = _edges[_index];
                if (!edge.ToDispatchSet)
                {
                    Current = new Edge(edge.ILOffset, _store!.NodeById(edge.Target), edge.Kind);
                    return true;
                }

                // The set's members as they are now: a set refreshed after this method was scanned shows its new members.
                var set = _store!.DispatchSets[edge.Target];
                _members = set.Members;
                // Static virtual members need no object: only instance slots wait for a live receiver.
                _membersNeedLiveReceiver = set.Shape.IsInstance;
                _member = 0;
                _implementation = null;
            }
        }
    }
}
