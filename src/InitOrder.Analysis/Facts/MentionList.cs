using InitOrder.Analysis.Facts.Storage;

namespace InitOrder.Analysis.Facts;

/// <summary>A method's mentions in IL order, unpacked from <see cref="PackedMention"/>s as they are enumerated.</summary>
internal readonly struct MentionList
{
    private readonly PackedMention[]? _store;
    private readonly MentionTemplates? _templates;
    private readonly int _start;

    /// <param name="store">The graph's mention store (see <see cref="PackedStore{T}"/>); this list is <paramref name="count"/> mentions from <paramref name="start"/>.</param>
    public MentionList(MentionTemplates? templates, PackedMention[]? store, int start, int count)
    {
        _templates = templates;
        _store = store;
        _start = start;
        Count = count;
    }

    public static MentionList Empty => default;

    public int Count { get; }

    public Mention this[int index]
    {
        get
        {
            var packed = _store![_start + index];
            return new Mention(packed.ILOffset, _templates![packed.Template]);
        }
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the list without allocating.</summary>
    public struct Enumerator
    {
        private readonly MentionList _list;
        private int _index;

        public Enumerator(MentionList list)
        {
            _list = list;
            _index = -1;
        }

        public Mention Current => _list[_index];

        public bool MoveNext() => ++_index < _list.Count;
    }
}
