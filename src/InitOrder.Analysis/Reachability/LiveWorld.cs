using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The engine: what can run before each patch. One worklist of marked methods, each with the reason it was first
/// marked (<see cref="MarkLog"/>), the set of live types, and the conditional dependencies waiting for them (virtual
/// dispatch waits for a live receiver, <see cref="DispatchRule"/>). Each marked method's facts are applied once: its
/// edges, the types it makes live and the objects it hands to framework code (<see cref="EscapeRule"/>), the types it
/// mentions and its reflective calls (<see cref="ReflectionRule"/>), the delegates it creates and invokes
/// (<see cref="DelegateRule"/>); a block under a flag nothing sets waits for a writer of the flag
/// (<see cref="Guards.GuardRule"/>). An <see cref="IMarkObserver"/> sees every mark as it happens.
/// <para>
/// Worlds grow in run order: the world of patch k is everything that runs before it, which is everything before
/// patch k-1, patch k-1 itself, and what it triggers. So one world serves every patch: each method, live type and
/// derived edge is stamped with the first epoch (patch index) that has it, and <see cref="DependenciesOf"/> gives
/// what a method can make run in the world of one epoch, for markings that start elsewhere (<see cref="RootMarking"/>).
/// </para>
/// </summary>
internal sealed class LiveWorld
{
    // Each pass may load assemblies whose overrides earlier dispatch sets could not hold; a few passes settle it.
    private const int MaxDispatchPasses = 8;

    private readonly FactStore _store;
    private readonly IMarkObserver? _observer;
    private readonly MarkLog _log = new();
    private readonly Queue<MethodNode> _queue = new();
    private readonly List<MethodNode> _reached = new();
    private readonly Dictionary<MethodNode, List<DerivedEdge>> _derived = new();
    private int[] _epochs = new int[1024];

    public LiveWorld(FactStore store, IMarkObserver? observer = null)
    {
        _store = store;
        _observer = observer;
        Live = new LiveTypes(store.Context.Hierarchy);
        Dispatch = new DispatchRule(this, store.Context.Overrides);
        Delegates = new DelegateRule(this, store);
        Reflection = new ReflectionRule(this, store);
        Escapes = new EscapeRule(this, store);
        Guards = new Guards.GuardRule(this, store);
    }

    public LiveTypes Live { get; }

    public DispatchRule Dispatch { get; }

    public DelegateRule Delegates { get; }

    public ReflectionRule Reflection { get; }

    public EscapeRule Escapes { get; }

    public Guards.GuardRule Guards { get; }

    /// <summary>The epoch facts found now are stamped with.</summary>
    public int Epoch { get; private set; }

    /// <summary>Every marked method, in the order it was marked.</summary>
    public IReadOnlyList<MethodNode> Reached => _reached;

    /// <summary>Why each method was first marked.</summary>
    public MarkLog Log => _log;

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
            Reach(root, MarkReason.Root);
        }

        Run();
    }

    public bool IsReached(MethodNode method) => _log.IsMarked(method);

    /// <summary>The first epoch whose world reaches <paramref name="method"/>; null when none does.</summary>
    public int? EpochOf(MethodNode method) => IsReached(method) ? _epochs[method.Id] : null;

    public MethodFacts FactsOf(MethodNode method) => _store.FactsOf(method);

    public void Reach(MethodNode method, MarkReason reason)
    {
        if (reason.Kind is EdgeKind.FrameworkCallback or EdgeKind.Reflection)
        {
            // Framework code or reflection runs it, whatever marked it first: what it returns is theirs.
            Escapes.OnReturnsToFramework(method);
        }

        if (!_log.TryMark(method, reason))
        {
            return;
        }

        if (method.Id >= _epochs.Length)
        {
            Array.Resize(ref _epochs, Math.Max(method.Id + 1, _epochs.Length * 2));
        }

        _epochs[method.Id] = Epoch;
        _reached.Add(method);
        _queue.Enqueue(method);
        _observer?.OnMarked(method, Epoch);
        Guards.OnReached(method);
        Reflection.OnReached(method);
    }

    public void AddDerived(MethodNode from, DerivedEdge edge)
    {
        if (!_derived.TryGetValue(from, out var edges))
        {
            edges = new List<DerivedEdge>();
            _derived.Add(from, edges);
        }

        edges.Add(edge);
        Reach(edge.Target, new MarkReason(from, edge.ILOffset, edge.Kind, edge.Detail));
    }

    public void MakeLive(ResolvedType type, LiveReason reason)
    {
        if (Live.Add(type, reason) is not { } receiver)
        {
            // Live already, perhaps only as objects returned to their callers: framework code that keeps what it makes holds it now.
            Escapes.OnConstructedAgain(type, reason);
            return;
        }

        Dispatch.Open(receiver, Live.NamesOf(type));
        Escapes.OnLive(type, reason);
        Reflection.OnLive(type, reason);
    }

    /// <summary>
    /// What <paramref name="method"/> can make run in the world of <paramref name="epoch"/>, in the order a marking
    /// follows them: its own edges in IL order (an override only once its receiver was live by then), the delegate
    /// targets its invocations reach, then the edges the world added by then. Appended to <paramref name="into"/>, which is cleared first.
    /// </summary>
    public void DependenciesOf(MethodNode method, int epoch, List<Dependency> into)
    {
        into.Clear();
        var all = _store.FactsOf(method);
        if (!Guards.IsGuarded(method, all))
        {
            AddDependencies(method, all, epoch, into);
        }
        else
        {
            foreach (var facts in Guards.PartsAt(method, all, epoch))
            {
                AddDependencies(method, facts, epoch, into);
            }
        }

        if (_derived.TryGetValue(method, out var derived))
        {
            foreach (var edge in derived)
            {
                if (edge.Epoch <= epoch)
                {
                    into.Add(new Dependency(edge.Target, new MarkReason(method, edge.ILOffset, edge.Kind, edge.Detail)));
                }
            }
        }
    }

    private void AddDependencies(MethodNode method, MethodFacts facts, int epoch, List<Dependency> into)
    {
        foreach (var edge in facts.Edges)
        {
            if (!edge.NeedsLiveReceiver)
            {
                into.Add(new Dependency(edge.Target, new MarkReason(method, edge.ILOffset, edge.Kind, null)));
            }
            else if (Dispatch.ReceiverAt(edge, epoch) is { } receiver)
            {
                into.Add(new Dependency(edge.Target, new MarkReason(method, edge.ILOffset, edge.Kind, receiver)));
            }
        }

        Delegates.DependenciesOf(method, facts, epoch, into);
    }

    private void Run()
    {
        for (int pass = 0; ; pass++)
        {
            do
            {
                while (_queue.Count > 0)
                {
                    Process(_queue.Dequeue());
                }
            }
            while (Guards.ApplyOpened());

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
                var all = _store.FactsOf(_reached[i]);
                if (!Guards.IsGuarded(_reached[i], all))
                {
                    OfferDispatch(_reached[i], all);
                    continue;
                }

                foreach (var facts in Guards.PartsAt(_reached[i], all, Epoch))
                {
                    OfferDispatch(_reached[i], facts);
                }
            }
        }
    }

    private void Process(MethodNode method)
    {
        var all = _store.FactsOf(method);
        if (!Guards.IsGuarded(method, all))
        {
            Apply(method, all);
            return;
        }

        // The guards still closed wait for the method before any part is applied: applying one may reach a writer.
        var parts = Guards.PartsAt(method, all, Epoch);
        Guards.OnApplying(method);
        foreach (var facts in parts)
        {
            Apply(method, facts);
        }
    }

    /// <summary>Applies one method's facts, or a part of them (<see cref="Guards.GuardRule"/>), in the current epoch.</summary>
    public void Apply(MethodNode method, MethodFacts facts)
    {
        foreach (var edge in facts.Edges)
        {
            if (edge.NeedsLiveReceiver)
            {
                Dispatch.Offer(edge.Target, edge.Implementation, method, edge.ILOffset, edge.Kind);
            }
            else
            {
                Reach(edge.Target, new MarkReason(method, edge.ILOffset, edge.Kind, null));
            }
        }

        foreach (var instantiation in facts.Instantiations)
        {
            MakeLive(instantiation.Type, new LiveReason(method, instantiation.ILOffset, instantiation.Kind, Epoch));
        }

        foreach (var mention in facts.Mentions)
        {
            if (!mention.Template.IsMember && !mention.IsSignatureOnly)
            {
                Reflection.OnMentioned(mention.Type, method, mention.ILOffset);
            }
        }

        foreach (var site in facts.Reflection)
        {
            Reflection.Apply(method, site);
        }

        Delegates.Apply(method, facts);
        Escapes.Apply(method, facts);
        _observer?.OnScanned(method, facts, Epoch);
    }

    private void OfferDispatch(MethodNode method, MethodFacts facts)
    {
        foreach (var edge in facts.Edges)
        {
            if (edge.NeedsLiveReceiver)
            {
                Dispatch.Offer(edge.Target, edge.Implementation, method, edge.ILOffset, edge.Kind);
            }
        }
    }
}
