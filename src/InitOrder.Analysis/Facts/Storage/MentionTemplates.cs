using System.Collections.Generic;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>Every <see cref="MentionTemplate"/> of a graph, numbered so that <see cref="PackedMention"/> can name them.</summary>
internal sealed class MentionTemplates
{
    private readonly List<MentionTemplate> _byId = new();
    private readonly Dictionary<(NamedType, bool), MentionTemplate> _shared = new();

    public MentionTemplate this[int id] => _byId[id];

    /// <summary>
    /// The one template for a mention of <paramref name="type"/> itself (not of a member): thousands of tokens name
    /// the same types, and such a template holds nothing but the type.
    /// </summary>
    public MentionTemplate Shared(NamedType type, bool isSignatureOnly)
    {
        if (!_shared.TryGetValue((type, isSignatureOnly), out var template))
        {
            template = new MentionTemplate(type, (string?)null, false, isSignatureOnly);
            _shared.Add((type, isSignatureOnly), template);
        }

        return template;
    }

    /// <summary>Numbers <paramref name="templates"/> consecutively and returns the first number.</summary>
    public int Register(IReadOnlyList<MentionTemplate> templates)
    {
        int first = _byId.Count;
        _byId.AddRange(templates);
        return first;
    }
}
