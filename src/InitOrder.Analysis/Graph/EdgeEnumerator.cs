namespace InitOrder.Analysis.Graph;

/// <summary>Enumerates an <see cref="EdgeList"/>, expanding dispatch sets in place, without allocating.</summary>
internal struct EdgeEnumerator
{
    private readonly EdgeList _edges;
    private readonly CodeGraph? _graph;
    private int _index;
    private DispatchMember[]? _members;
    private bool _membersNeedLiveReceiver;
    private int _member;

    public EdgeEnumerator(EdgeList list)
    {
        _edges = list;
        _graph = list.Graph;
        _index = -1;
        _members = null;
        _membersNeedLiveReceiver = false;
        _member = 0;
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
                    Current = new Edge(_edges[_index].ILOffset, _graph!.Nodes[member.Node], member.Kind, _membersNeedLiveReceiver);
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
                Current = new Edge(edge.ILOffset, _graph!.Nodes[edge.Target], edge.Kind);
                return true;
            }

            // The set's members as they are now: a set refreshed after this method was scanned shows its new members.
            var set = _graph!.DispatchSets[edge.Target];
            _members = set.Members;
            // Static virtual members need no object: only instance slots wait for a live receiver.
            _membersNeedLiveReceiver = set.Shape.IsInstance;
            _member = 0;
        }
    }
}
