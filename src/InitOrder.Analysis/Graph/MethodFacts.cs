using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// What one method's IL can make run (edges, first occurrence per target), what it names (mentions),
/// and what could not be followed (notes).
/// </summary>
internal sealed class MethodFacts
{
    public static readonly MethodFacts Empty = new(Array.Empty<Edge>(), Array.Empty<Mention>(), Array.Empty<NotFollowedNote>(), 0, false);

    public MethodFacts(IReadOnlyList<Edge> edges, IReadOnlyList<Mention> mentions, IReadOnlyList<NotFollowedNote> notes, int implementationAssemblies, bool dispatches)
    {
        Edges = edges;
        Mentions = mentions;
        Notes = notes;
        ImplementationAssemblies = implementationAssemblies;
        Dispatches = dispatches;
    }

    /// <summary>In IL order.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>In IL order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<NotFollowedNote> Notes { get; }

    /// <summary>How many assemblies with code were loaded when these facts were computed.</summary>
    public int ImplementationAssemblies { get; }

    /// <summary>True when virtual dispatch contributed edges, which assemblies loaded later could extend.</summary>
    public bool Dispatches { get; }

    public static MethodFacts Malformed(MethodNode method, string message) =>
        new(Array.Empty<Edge>(), Array.Empty<Mention>(), new[] { NotFollowedNote.MalformedBody(method, message) }, 0, false);
}
