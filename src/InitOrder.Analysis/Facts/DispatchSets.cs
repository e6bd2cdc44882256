using System.Collections.Generic;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The <see cref="DispatchSet"/> of every virtual slot a scanned call site used, one per slot, found by id
/// (see <see cref="PackedEdge"/>) or by slot.
/// </summary>
internal sealed class DispatchSets
{
    private readonly FactStore _store;
    private readonly List<DispatchSet> _byId = new();
    private readonly Dictionary<(string, string, SignatureShape), DispatchSet> _bySlot = new();
    private readonly Dictionary<MemberToken, DispatchSet> _byToken = new();
    private readonly Dictionary<(string, string, SignatureShape, string), DispatchSet> _byBoundSlot = new();
    private int _changes;

    public DispatchSets(FactStore store)
    {
        _store = store;
    }

    public DispatchSet this[int id] => _byId[id];

    /// <summary>
    /// The set for a virtual call through <paramref name="token"/> to a method of <paramref name="declaringType"/>
    /// (which depends on the token alone), up to date with the loaded assemblies. Found by token first: every
    /// call site asks, and most tokens are used many times.
    /// </summary>
    public DispatchSet Get(MemberToken token, NamedType declaringType)
    {
        if (!_byToken.TryGetValue(token, out var set))
        {
            set = Get(declaringType, token.Name, token.Shape);
            _byToken.Add(token, set);
        }

        Refresh(set);
        return set;
    }

    /// <summary>The set for a call to <paramref name="declaringType"/>::<paramref name="name"/>, brought up to date with the loaded assemblies.</summary>
    public DispatchSet Get(NamedType declaringType, string name, SignatureShape shape)
    {
        var slot = (declaringType.FullName, name, shape);
        if (!_bySlot.TryGetValue(slot, out var set))
        {
            set = new DispatchSet(_byId.Count, declaringType, name, shape);
            _byId.Add(set);
            _bySlot.Add(slot, set);
        }

        Refresh(set);
        return set;
    }

    /// <summary>
    /// The set for a call to <paramref name="declaringType"/>::<paramref name="name"/> on a receiver of class
    /// <paramref name="bound"/> or below (<see cref="DispatchSet.Bound"/>), brought up to date with the loaded assemblies.
    /// </summary>
    public DispatchSet Get(NamedType declaringType, string name, SignatureShape shape, NamedType bound)
    {
        var slot = (declaringType.FullName, name, shape, bound.FullName);
        if (!_byBoundSlot.TryGetValue(slot, out var set))
        {
            set = new DispatchSet(_byId.Count, declaringType, name, shape, bound);
            _byId.Add(set);
            _byBoundSlot.Add(slot, set);
        }

        Refresh(set);
        return set;
    }

    /// <summary>
    /// Recomputes every set whose implementations changed because more assemblies were loaded. Returns how
    /// many sets changed since the previous call, including those a scan refreshed on the way: a search that
    /// ran while they were smaller may have missed their new members.
    /// </summary>
    public int RefreshAll()
    {
        foreach (var set in _byId)
        {
            RefreshCore(set);
        }

        int changes = _changes;
        _changes = 0;
        return changes;
    }

    /// <summary>Brings <paramref name="set"/> up to date with the loaded assemblies and returns it.</summary>
    public DispatchSet Refresh(DispatchSet set)
    {
        RefreshCore(set);
        return set;
    }

    private void RefreshCore(DispatchSet set)
    {
        int version = _store.Context.Dispatch.Version;
        if (set.IndexVersion == version)
        {
            return;
        }

        set.IndexVersion = version;
        var implementations = _store.Context.Dispatch.Implementations(set.Slot);
        if (ReferenceEquals(set.Source, implementations))
        {
            return;
        }

        var members = new List<DispatchMember>();
        var bound = set.Bound is { } named ? _store.Context.Types.Resolve(named) : null;
        foreach (var implementation in implementations)
        {
            if (implementation.DeclaringType.HasCode && (bound is null || CanRunOn(implementation.DeclaringType, bound)))
            {
                members.Add(new DispatchMember(_store.Node(implementation).Id, EdgeKind.VirtualDispatch));
                // Calling an override runs the static constructor of a precise type; a beforefieldinit one waits for a static field.
                if (!_store.TypeFacts.IsBeforeFieldInit(implementation.DeclaringType) && _store.TypeFacts.ClassConstructorOf(implementation.DeclaringType) is { } classConstructor)
                {
                    members.Add(new DispatchMember(classConstructor.Id, EdgeKind.StaticConstructor));
                }
            }
        }

        // A set's first members cannot have been missed by a search; later changes can.
        // (A bounded set keeps the whole index answer as its source, so a new assembly refreshes it as well.)
        bool computedBefore = set.Source is not null;
        if (set.Update(implementations, members.ToArray()) && computedBefore)
        {
            _changes++;
        }
    }

    /// <summary>
    /// Whether an implementation declared in <paramref name="declaring"/> can run on an object of class
    /// <paramref name="bound"/> or of a class below it: a class runs what it declares, what a class above it declares,
    /// and a subclass what it declares; a default interface method may run on any class. A class chain the verifier
    /// cannot read keeps the implementation.
    /// </summary>
    private bool CanRunOn(Resolution.ResolvedType declaring, Resolution.ResolvedType bound)
    {
        if (declaring.IsInterface || declaring.Equals(bound))
        {
            return true;
        }

        var hierarchy = _store.Context.Hierarchy;
        var belowBound = hierarchy.Ancestors(declaring);
        var aboveBound = hierarchy.Ancestors(bound);
        return !belowBound.IsComplete || !aboveBound.IsComplete ||
            belowBound.FullNames.Contains(bound.Name.FullName) || aboveBound.FullNames.Contains(declaring.Name.FullName);
    }
}
