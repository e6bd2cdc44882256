using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// What one method's IL can make run (edges, first occurrence per target), what it names (mentions),
/// and what could not be followed (notes). A view over the graph's packed stores (see <see cref="FactsRecord"/>):
/// a big graph keeps millions of edges and mentions for as long as it lives.
/// </summary>
internal readonly struct MethodFacts
{
    private readonly IReadOnlyList<NotFollowedNote>? _notes;

    public MethodFacts(EdgeList edges, MentionList mentions, IReadOnlyList<NotFollowedNote> notes)
    {
        Edges = edges;
        Mentions = mentions;
        _notes = notes;
    }

    /// <summary>In IL order, virtual call sites expanded to every method they may dispatch to.</summary>
    public EdgeList Edges { get; }

    /// <summary>In IL order.</summary>
    public MentionList Mentions { get; }

    public IReadOnlyList<NotFollowedNote> Notes => _notes ?? Array.Empty<NotFollowedNote>();
}
