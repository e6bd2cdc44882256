using System.Collections.Generic;

namespace InitOrder.Analysis.Graph;

/// <summary>Every <see cref="MentionTemplate"/> of a graph, numbered so that <see cref="PackedMention"/> can name them.</summary>
internal sealed class MentionTemplates
{
    private readonly List<MentionTemplate> _byId = new();

    public MentionTemplate this[int id] => _byId[id];

    /// <summary>Numbers <paramref name="templates"/> consecutively and returns the first number.</summary>
    public int Register(IReadOnlyList<MentionTemplate> templates)
    {
        int first = _byId.Count;
        _byId.AddRange(templates);
        return first;
    }
}
