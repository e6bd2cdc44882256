using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Framework code calls back the overrides of the objects it holds: ToString, Equals, Dispose, an async state machine's
/// MoveNext, an IServiceProvider's GetService. No IL shows those calls, so an override of a framework member becomes
/// reachable once an object of its type is live and framework code can hold it, the two met in either order (the way
/// dispatch waits for a live receiver):
/// <list type="bullet">
/// <item>reached code hands it over (<see cref="ObjectHandOff"/>: an argument or receiver of a framework call, a store
/// into a framework field, a thrown exception, what a delegate the framework invokes returns), under its own type or
/// any type it derives from, with what the receiving code may call (<see cref="CallbackFamily"/>);</item>
/// <item>a container the framework keeps it in reaches framework code again, under any type the container can be seen as
/// (<see cref="FrameworkContainers"/>);</item>
/// <item>the framework or reflection constructed it and may keep it (not Activator, which returns it to its caller), or a
/// callback or reflection returned it to framework code.</item>
/// </list>
/// Finalizers need no hand-over: the finalizer thread runs them for any object. eng/soundness.md states the assumption.
/// </summary>
internal sealed class EscapeRule
{
    private readonly LiveWorld _world;
    private readonly FactStore _store;
    private readonly TypeHierarchy _hierarchy;

    // What has escaped: for every type, and by the name of a type or of one it derives from.
    private CallbackFamily _everyType;
    private readonly Dictionary<string, CallbackFamily> _byName = new(System.StringComparer.Ordinal);

    // Object.ToString, Equals or GetHashCode reached framework code: an inherited framework implementation may run.
    private bool _objectMethodCalled;

    // Per live type, the callbacks already reachable; live types by every name they can be seen as.
    private readonly Dictionary<ResolvedType, CallbackFamily> _enabled = new();
    private readonly Dictionary<string, List<ResolvedType>> _liveByName = new(System.StringComparer.Ordinal);
    private readonly List<ResolvedType> _incomplete = new();

    private readonly FrameworkContainers _containers;

    private readonly HashSet<MethodNode> _returning = new();

    public EscapeRule(LiveWorld world, FactStore store)
    {
        _world = world;
        _store = store;
        _hierarchy = store.Context.Hierarchy;
        _containers = new FrameworkContainers(store.Context, (name, family, site, ilOffset) => Escape(name, family, site, ilOffset));
    }

    /// <summary>Skips escapes of every type (<see cref="VerificationRequest.IgnoreTypeWideEscapes"/>: the oracle's knock-out).</summary>
    public bool IgnoreTypeWide { get; set; }

    /// <summary>A type became live: the callbacks its escaped names allow, and its finalizer, become reachable.</summary>
    public void OnLive(ResolvedType type, LiveReason reason)
    {
        var ancestors = _hierarchy.Ancestors(type);
        var family = _everyType | FamilyFor(type.Name.FullName);
        _liveByName.ListOf(type.Name.FullName).Add(type);
        foreach (string name in ancestors.FullNames)
        {
            _liveByName.ListOf(name).Add(type);
            family |= FamilyFor(name);
        }

        if (!ancestors.IsComplete)
        {
            // An ancestor is missing: the type may be any of the names that escaped.
            _incomplete.Add(type);
            foreach (var escaped in _byName.Values)
            {
                family |= escaped;
            }
        }

        // Objects framework code or reflection made and may keep are the framework's from the start.
        if (IsKeptByItsMaker(reason.How) || _objectMethodCalled && InheritsFrameworkImplementation(ancestors))
        {
            family = CallbackFamily.All;
        }

        foreach (var callback in _store.TypeFacts.CallbacksOf(type).Instance)
        {
            if (IsFinalizer(callback))
            {
                Callback(reason.Site, reason.ILOffset, callback);
            }
        }

        Enable(type, family, reason.Site, reason.ILOffset);
    }

    /// <summary>
    /// A live type constructed again: when framework code or reflection made it this time, and may keep it, it holds
    /// its objects now (the first reason may have been a plain <c>new</c>, or Activator returning it to its caller).
    /// </summary>
    public void OnConstructedAgain(ResolvedType type, LiveReason reason)
    {
        if (IsKeptByItsMaker(reason.How))
        {
            Enable(type, CallbackFamily.All, reason.Site, reason.ILOffset);
        }
    }

    /// <summary>A marked method's hand-overs, applied once in the world's epoch.</summary>
    public void Apply(MethodNode method, MethodFacts facts)
    {
        foreach (var handOff in facts.HandOffs)
        {
            Hand(handOff.Target, method, handOff.ILOffset);
        }
    }

    /// <summary>
    /// <paramref name="method"/> runs for framework code (a callback, a member reflection runs): what it returns, and
    /// what it writes through references, is the framework's.
    /// </summary>
    public void OnReturnsToFramework(MethodNode method)
    {
        if (_returning.Add(method))
        {
            foreach (var target in _store.ObjectHandOffs.ReturnedBy(method))
            {
                Hand(target, method, 0);
            }
        }
    }

    /// <summary>Reflection reads the instance fields of <paramref name="type"/> for whoever called it.</summary>
    public void OnFieldsRead(ResolvedType type, MethodNode site, int ilOffset)
    {
        foreach (var target in ObjectHandOffs.InFieldsOf(type))
        {
            Hand(target, site, ilOffset);
        }
    }

    private void Hand(HandOffTarget target, MethodNode site, int ilOffset)
    {
        switch (target.Reach)
        {
            case HandOffReach.Contents:
                if (target.TypeName is { } name)
                {
                    _containers.Release(name, target.Family, site, ilOffset);
                }
                else
                {
                    _containers.ReleaseAll(target.Family, site, ilOffset);
                }

                return;
            case HandOffReach.ObjectMethodReceiver:
                CallObjectMethod(site, ilOffset);
                break;
        }

        if (target.Container is { } container)
        {
            _containers.Keep(container, target.TypeName, site, ilOffset);
        }

        Escape(target.TypeName, target.Family, site, ilOffset, release: target.Reach != HandOffReach.ObjectsOfInstantiation);
    }

    /// <summary>
    /// Objects of <paramref name="name"/> (every type when null) reach code that may call <paramref name="family"/> on
    /// them; with <paramref name="release"/>, so do the values framework containers seen as that name keep.
    /// </summary>
    private void Escape(string? name, CallbackFamily family, MethodNode site, int ilOffset, bool release = true)
    {
        if (name is null)
        {
            var added = IgnoreTypeWide ? CallbackFamily.None : family & ~_everyType;
            if (added == CallbackFamily.None)
            {
                return;
            }

            _everyType |= added;
            var live = _world.Live.InOrder;
            for (int i = 0; i < live.Count; i++)
            {
                Enable(live[i], added, site, ilOffset);
            }

            _containers.ReleaseAll(added, site, ilOffset);
            return;
        }

        var before = FamilyFor(name);
        var more = family & ~before;
        if (more == CallbackFamily.None)
        {
            if (release)
            {
                _containers.Release(name, family, site, ilOffset);
            }

            return;
        }

        _byName[name] = before | more;
        if (_liveByName.TryGetValue(name, out var types))
        {
            for (int i = 0; i < types.Count; i++)
            {
                Enable(types[i], more, site, ilOffset);
            }
        }

        for (int i = 0; i < _incomplete.Count; i++)
        {
            Enable(_incomplete[i], more, site, ilOffset);
        }

        if (release)
        {
            _containers.Release(name, family, site, ilOffset);
        }
    }

    private void Enable(ResolvedType type, CallbackFamily family, MethodNode site, int ilOffset)
    {
        _enabled.TryGetValue(type, out var before);
        var added = family & ~before;
        if (added == CallbackFamily.None)
        {
            return;
        }

        _enabled[type] = before | added;
        // The chain names the object called back and where it came to exist.
        var receiver = _world.Live.ReasonFor(type) is { } reason ? new LiveReceiver(type, reason) : null;
        foreach (var callback in _store.TypeFacts.CallbacksOf(type).Instance)
        {
            var callbackFamily = FamilyOf(callback);
            if ((callbackFamily & added) != CallbackFamily.None && (callbackFamily & before) == CallbackFamily.None)
            {
                Callback(site, ilOffset, callback, receiver);
            }
        }
    }

    private void Callback(MethodNode site, int ilOffset, MethodNode callback, LiveReceiver? receiver = null)
    {
        _world.AddDerived(site, new DerivedEdge(ilOffset, callback, EdgeKind.FrameworkCallback, _world.Epoch, receiver));
        OnReturnsToFramework(callback);
    }

    private void CallObjectMethod(MethodNode site, int ilOffset)
    {
        if (_objectMethodCalled)
        {
            return;
        }

        _objectMethodCalled = true;
        var live = _world.Live.InOrder;
        for (int i = 0; i < live.Count; i++)
        {
            if (InheritsFrameworkImplementation(_hierarchy.Ancestors(live[i])))
            {
                Enable(live[i], CallbackFamily.All, site, ilOffset);
            }
        }
    }

    /// <summary>Whether a type derives from a framework class other than Object, ValueType and Enum, whose overrides of Object's members it may inherit.</summary>
    private static bool InheritsFrameworkImplementation(AncestorSet ancestors)
    {
        foreach (var ancestor in ancestors.External)
        {
            if (ancestor.Definition is null)
            {
                if (!TypeHierarchy.IsUniversalRoot(ancestor.Name.FullName))
                {
                    return true;
                }
            }
            else if (!ancestor.Definition.IsInterface && ancestor.Name.FullName is not ("System.Object" or "System.ValueType" or "System.Enum"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Activator returns what it makes (<see cref="InstantiationKind.ConstructedForCaller"/>); other framework code and reflection may keep it.</summary>
    private static bool IsKeptByItsMaker(InstantiationKind how) => how is InstantiationKind.ConstructedByFramework or InstantiationKind.ConstructedByReflection;

    private CallbackFamily FamilyFor(string name) => _byName.TryGetValue(name, out var family) ? family : CallbackFamily.None;

    private static bool IsFinalizer(MethodNode callback) => callback.Name == "Finalize";

    /// <summary>Which family a callback belongs to, by the member it overrides (an explicit implementation's name ends with it).</summary>
    private static CallbackFamily FamilyOf(MethodNode callback)
    {
        string name = callback.Name;
        int dot = name.LastIndexOf('.');
        string member = dot >= 0 ? name.Substring(dot + 1) : name;
        return member switch
        {
            "ToString" or "TryFormat" or "Format" or "GetFormat" => CallbackFamily.Formatting,
            "Equals" or "GetHashCode" or "CompareTo" or "Compare" => CallbackFamily.Equality,
            "Finalize" => CallbackFamily.None,
            _ => CallbackFamily.Other,
        };
    }
}
