namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// A mention as a method's facts store it: the template by id (see <see cref="MentionTemplates"/>), so arrays of
/// mentions hold no references for the garbage collector to walk.
/// </summary>
internal readonly struct PackedMention
{
    public PackedMention(int ilOffset, int template)
    {
        ILOffset = ilOffset;
        Template = template;
    }

    public int ILOffset { get; }

    public int Template { get; }
}
