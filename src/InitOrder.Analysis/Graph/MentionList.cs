using System;

namespace InitOrder.Analysis.Graph;

/// <summary>A method's mentions in IL order, unpacked from <see cref="PackedMention"/>s as they are enumerated.</summary>
internal readonly struct MentionList
{
    private readonly PackedMention[] _mentions;
    private readonly MentionTemplates? _templates;

    public MentionList(PackedMention[] mentions, MentionTemplates? templates)
    {
        _mentions = mentions;
        _templates = templates;
    }

    public static MentionList Empty => new(Array.Empty<PackedMention>(), null);

    public int Count => _mentions.Length;

    public Mention this[int index] => new(_mentions[index].ILOffset, _templates![_mentions[index].Template]);

    public MentionEnumerator GetEnumerator() => new(this);
}
