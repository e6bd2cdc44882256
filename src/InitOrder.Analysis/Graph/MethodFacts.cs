using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// What one method's IL can make run (edges, first occurrence per target), what it names (mentions),
/// and what could not be followed (notes). Edges and mentions are stored packed (see <see cref="PackedEdge"/>):
/// a big graph keeps millions of them for as long as it lives.
/// </summary>
internal sealed class MethodFacts
{
    public static readonly MethodFacts Empty = new(EdgeList.Empty, MentionList.Empty, Array.Empty<NotFollowedNote>());

    public MethodFacts(EdgeList edges, MentionList mentions, IReadOnlyList<NotFollowedNote> notes)
    {
        Edges = edges;
        Mentions = mentions;
        Notes = notes;
    }

    /// <summary>In IL order, virtual call sites expanded to every method they may dispatch to.</summary>
    public EdgeList Edges { get; }

    /// <summary>In IL order.</summary>
    public MentionList Mentions { get; }

    public IReadOnlyList<NotFollowedNote> Notes { get; }

    public static MethodFacts Malformed(MethodNode method, string message) =>
        new(EdgeList.Empty, MentionList.Empty, new[] { NotFollowedNote.MalformedBody(method, message) });
}
