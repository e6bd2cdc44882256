namespace InitOrder.Analysis.Graph;

/// <summary>Enumerates a <see cref="MentionList"/> without allocating.</summary>
internal struct MentionEnumerator
{
    private readonly MentionList _list;
    private int _index;

    public MentionEnumerator(MentionList list)
    {
        _list = list;
        _index = -1;
    }

    public Mention Current => _list[_index];

    public bool MoveNext() => ++_index < _list.Count;
}
