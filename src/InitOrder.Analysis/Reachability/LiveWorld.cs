using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The engine: what can run before each patch. One worklist of reachable methods, the set of live types, and the
/// dispatch targets waiting for a live receiver. Each reached method's facts are applied once: its edges
/// (<see cref="DispatchRule"/> for virtual calls), the types it makes live (<see cref="CallbackRule"/>), the types it
/// mentions and its reflective calls (<see cref="ReflectionRule"/>).
/// <para>
/// Worlds grow in run order: the world of patch k is everything that runs before it, which is everything before
/// patch k-1, patch k-1 itself, and what it triggers. So one world serves every patch: each method, live type and
/// derived edge is stamped with the first epoch (patch index) that has it, and a search at epoch k sees only those
/// stamped k or less (<see cref="LiveView"/>).
/// </para>
/// </summary>
internal sealed class LiveWorld
{
    // Each pass may load assemblies whose overrides earlier dispatch sets could not hold; a few passes settle it.
    private const int MaxDispatchPasses = 8;

    private readonly FactStore _store;
    private readonly Queue<MethodNode> _queue = new();
    private readonly List<MethodNode> _reached = new();
    private readonly Dictionary<MethodNode, List<DerivedEdge>> _derived = new();
    private int[] _epochPlusOne = new int[1024];

    public LiveWorld(FactStore store)
    {
        _store = store;
        Live = new LiveTypes(store.Context.Hierarchy);
        Dispatch = new DispatchRule(this);
        Reflection = new ReflectionRule(this, store);
    }

    public LiveTypes Live { get; }

    public DispatchRule Dispatch { get; }

    public ReflectionRule Reflection { get; }

    /// <summary>The epoch facts found now are stamped with.</summary>
    public int Epoch { get; private set; }

    /// <summary>Every reached method, in the order it was reached.</summary>
    public IReadOnlyList<MethodNode> Reached => _reached;

    /// <summary>Adds the roots of the next world and runs to a fixpoint. Epochs must not decrease.</summary>
    public void Grow(int epoch, IEnumerable<MethodNode> roots)
    {
        if (epoch < Epoch)
        {
            throw new ArgumentOutOfRangeException(nameof(epoch), "Worlds only grow.");
        }

        Epoch = epoch;
        foreach (var root in roots)
        {
            Reach(root);
        }

        Run();
    }

    public bool IsReached(MethodNode method) => method.Id < _epochPlusOne.Length && _epochPlusOne[method.Id] != 0;

    /// <summary>The first epoch whose world reaches <paramref name="method"/>; null when none does.</summary>
    public int? EpochOf(MethodNode method) => IsReached(method) ? _epochPlusOne[method.Id] - 1 : null;

    public LiveView At(int epoch) => new(this, epoch);

    public IReadOnlyList<DerivedEdge> DerivedFrom(MethodNode method) =>
        _derived.TryGetValue(method, out var edges) ? edges : (IReadOnlyList<DerivedEdge>)Array.Empty<DerivedEdge>();

    public void Reach(MethodNode method)
    {
        if (IsReached(method))
        {
            return;
        }

        if (method.Id >= _epochPlusOne.Length)
        {
            Array.Resize(ref _epochPlusOne, Math.Max(method.Id + 1, _epochPlusOne.Length * 2));
        }

        _epochPlusOne[method.Id] = Epoch + 1;
        _reached.Add(method);
        _queue.Enqueue(method);
    }

    public void AddDerived(MethodNode from, DerivedEdge edge)
    {
        if (!_derived.TryGetValue(from, out var edges))
        {
            edges = new List<DerivedEdge>();
            _derived.Add(from, edges);
        }

        edges.Add(edge);
        Reach(edge.Target);
    }

    public void MakeLive(ResolvedType type, LiveReason reason)
    {
        var opened = Live.Add(type, reason);
        if (opened is null)
        {
            return;
        }

        Dispatch.Open(opened);
        CallbackRule.OnLive(this, _store, type, reason);
        Reflection.OnLive(type);
    }

    private void Run()
    {
        for (int pass = 0; ; pass++)
        {
            while (_queue.Count > 0)
            {
                Process(_queue.Dequeue());
            }

            Reflection.OnIdle();
            if (_queue.Count > 0)
            {
                continue;
            }

            // Assemblies loaded while scanning may hold overrides the dispatch sets did not have when their call sites were seen.
            if (pass >= MaxDispatchPasses || _store.RefreshDispatch() == 0)
            {
                return;
            }

            for (int i = 0; i < _reached.Count; i++)
            {
                foreach (var edge in _store.FactsOf(_reached[i]).Edges)
                {
                    if (edge.NeedsLiveReceiver)
                    {
                        Dispatch.Offer(edge.Target);
                    }
                }
            }
        }
    }

    private void Process(MethodNode method)
    {
        var facts = _store.FactsOf(method);
        foreach (var edge in facts.Edges)
        {
            if (edge.NeedsLiveReceiver)
            {
                Dispatch.Offer(edge.Target);
            }
            else
            {
                Reach(edge.Target);
            }
        }

        foreach (var instantiation in facts.Instantiations)
        {
            MakeLive(instantiation.Type, new LiveReason(method, instantiation.ILOffset, LiveReason.HowOf(instantiation.Kind), Epoch));
        }

        foreach (var mention in facts.Mentions)
        {
            if (!mention.Template.IsMember && !mention.IsSignatureOnly)
            {
                Reflection.OnMentioned(mention.Type);
            }
        }

        foreach (var site in facts.Reflection)
        {
            Reflection.Apply(method, site);
        }
    }
}
