using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Reflection;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What one method's IL can make run (edges, first occurrence per target), what it names (mentions),
/// and what could not be followed (notes). A view over the store's packed stores (see <see cref="FactsRecord"/>):
/// a big graph keeps millions of edges and mentions for as long as it lives.
/// </summary>
internal readonly struct MethodFacts
{
    private readonly IReadOnlyList<NotFollowedNote>? _notes;
    private readonly Instantiation[]? _instantiations;
    private readonly ReflectionSite[]? _reflection;

    public MethodFacts(EdgeList edges, MentionList mentions, IReadOnlyList<NotFollowedNote> notes, Instantiation[]? instantiations = null, ReflectionSite[]? reflection = null)
    {
        Edges = edges;
        Mentions = mentions;
        _notes = notes;
        _instantiations = instantiations;
        _reflection = reflection;
    }

    /// <summary>In IL order, virtual call sites expanded to every method they may dispatch to.</summary>
    public EdgeList Edges { get; }

    /// <summary>In IL order.</summary>
    public MentionList Mentions { get; }

    public IReadOnlyList<NotFollowedNote> Notes => _notes ?? Array.Empty<NotFollowedNote>();

    /// <summary>Where this method makes types live (see Reachability/LiveTypes), in IL order.</summary>
    public IReadOnlyList<Instantiation> Instantiations => _instantiations ?? Array.Empty<Instantiation>();

    /// <summary>Calls that reach members by reflection (see Reflection/ReflectionRule), in IL order.</summary>
    public IReadOnlyList<ReflectionSite> Reflection => _reflection ?? Array.Empty<ReflectionSite>();
}
