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
    private readonly StaticFieldAccess[]? _fieldAccesses;
    private readonly DelegateCreation[]? _delegateCreations;
    private readonly DelegateInvocation[]? _delegateInvocations;
    private readonly ObjectHandOff[]? _handOffs;

    public MethodFacts(EdgeList edges, MentionList mentions, IReadOnlyList<NotFollowedNote> notes, Instantiation[]? instantiations = null, ReflectionSite[]? reflection = null,
        StaticFieldAccess[]? fieldAccesses = null, DelegateCreation[]? delegateCreations = null, DelegateInvocation[]? delegateInvocations = null,
        ObjectHandOff[]? handOffs = null)
    {
        _handOffs = handOffs;
        _delegateCreations = delegateCreations;
        _delegateInvocations = delegateInvocations;
        _fieldAccesses = fieldAccesses;
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

    /// <summary>The first read and the first write of each static field of analysed code, in IL order.</summary>
    public IReadOnlyList<StaticFieldAccess> FieldAccesses => _fieldAccesses ?? Array.Empty<StaticFieldAccess>();

    /// <summary>Delegates this method creates, in IL order (see Reachability/DelegateRule).</summary>
    public IReadOnlyList<DelegateCreation> DelegateCreations => _delegateCreations ?? Array.Empty<DelegateCreation>();

    /// <summary>Where this method may invoke delegates, in IL order.</summary>
    public IReadOnlyList<DelegateInvocation> DelegateInvocations => _delegateInvocations ?? Array.Empty<DelegateInvocation>();

    /// <summary>Where this method hands objects to framework code, in IL order (see Reachability/EscapeRule).</summary>
    public IReadOnlyList<ObjectHandOff> HandOffs => _handOffs ?? Array.Empty<ObjectHandOff>();
}
