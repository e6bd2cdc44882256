using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// Code guarded by a flag nothing sets does not run: <c>if (options.ValidateOnBuild) { … }</c> in DI's
/// <c>ServiceProvider</c> constructor cannot run while no reached code can set <c>ValidateOnBuild</c>, nor
/// <c>if (Flags.Verbose) { … }</c> while nothing sets the app's static flag. A conditional
/// dependency, like dispatch waiting for a live receiver: a method with <see cref="GuardedRegion"/>s is applied without
/// them, and a guard's regions are applied once one of its <see cref="FieldGuard.Writers"/> is reached, or reflection
/// reaches its class's fields, in the epoch that happens.
/// </summary>
internal sealed class GuardRule
{
    private readonly LiveWorld _world;
    private readonly FactStore _store;
    private readonly FieldGuards _guards;

    private const byte Unknown = 0;
    private const byte Unguarded = 1;
    private const byte Guarded = 2;

    // Per node id: whether the method was read for regions, and whether it has any.
    private byte[] _state = new byte[1024];

    // Methods read for regions so far; those with none map to null.
    private readonly Dictionary<MethodNode, GuardedMethod?> _methods = new();
    private readonly Dictionary<FieldGuard, int> _openedAt = new();
    private readonly Dictionary<MethodNode, List<FieldGuard>> _byWriter = new();
    private readonly Dictionary<FieldGuard, List<GuardedMethod>> _waiting = new();
    private readonly Dictionary<ResolvedType, int> _fieldsReflected = new();
    private readonly HashSet<FieldGuard> _known = new();
    private bool _staticGuardsOpen;

    private readonly UnsafeFieldAccessors _unsafeAccessors;

    // Parts of guards opened while the world was marking, applied by the world between two methods (ApplyOpened).
    private readonly Queue<(MethodNode Method, MethodFacts Facts)> _opened = new();

    public GuardRule(LiveWorld world, FactStore store)
    {
        _world = world;
        _store = store;
        _guards = new FieldGuards(store);
        _unsafeAccessors = new UnsafeFieldAccessors(store.Context.Assemblies);
    }

    /// <summary>
    /// The parts of <paramref name="method"/>'s facts to apply in the world of <paramref name="epoch"/>: all of them
    /// (<paramref name="facts"/>) when it has no guarded region, else those outside its regions and those of each guard
    /// open by then.
    /// </summary>
    public IReadOnlyList<MethodFacts> PartsAt(MethodNode method, MethodFacts facts, int epoch)
    {
        if (!IsGuarded(method, facts) || GuardedOf(method, facts) is not { } guarded)
        {
            return new[] { facts };
        }

        var parts = new List<MethodFacts> { guarded.Outside };
        foreach (var (guard, part) in guarded.Parts)
        {
            if (_openedAt.TryGetValue(guard, out int opened) && opened <= epoch)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>
    /// Whether <paramref name="method"/> has guarded regions; when not, its facts apply whole. Answered from an array by
    /// node id: the world asks for every method it applies or marks from, and nearly none has a region.
    /// </summary>
    public bool IsGuarded(MethodNode method, MethodFacts facts)
    {
        if (method.Id >= _state.Length)
        {
            System.Array.Resize(ref _state, System.Math.Max(method.Id + 1, _state.Length * 2));
        }

        if (_state[method.Id] == Unknown)
        {
            _state[method.Id] = GuardedOf(method, facts) is null ? Unguarded : Guarded;
        }

        return _state[method.Id] == Guarded;
    }

    /// <summary>
    /// The world is about to apply <paramref name="method"/>: the guards still closed wait for it. Before, not after:
    /// applying its unguarded part may reach a writer (<c>options.Validate = true; if (options.Validate) …</c>), and the
    /// guard that opens then must find the method waiting.
    /// </summary>
    public void OnApplying(MethodNode method)
    {
        if (method.Id < _state.Length && _state[method.Id] == Guarded && _methods.TryGetValue(method, out var guarded) && guarded is not null)
        {
            foreach (var (guard, _) in guarded.Parts)
            {
                if (!_openedAt.ContainsKey(guard))
                {
                    ListsByKey.ListOf(_waiting, guard).Add(guarded);
                }
            }
        }
    }

    /// <summary>A method was reached: the guards it writes open, and the regions waiting for them are applied.</summary>
    public void OnReached(MethodNode method)
    {
        if (_byWriter.TryGetValue(method, out var guards))
        {
            foreach (var guard in guards.ToArray())
            {
                Open(guard);
            }
        }

        // An assembly loaded since may reference the analysed one, and so set its static fields: those guards open.
        if (_known.Count > 0 && !_staticGuardsOpen && _guards.ReferencesMain())
        {
            _staticGuardsOpen = true;
            foreach (var guard in new List<FieldGuard>(_known))
            {
                if (guard.IsStatic)
                {
                    Open(guard, 0);
                }
            }
        }

        // An assembly loaded since may hold an [UnsafeAccessor] of a guarded field: that guard is open from the start.
        if (_known.Count > 0 && _unsafeAccessors.ScanNewAssemblies())
        {
            foreach (var guard in new List<FieldGuard>(_known))
            {
                if (_unsafeAccessors.MayAccess(guard.FieldName))
                {
                    Open(guard, 0);
                }
            }
        }
    }

    /// <summary>Applies the parts of the guards opened since the last call; false when there were none.</summary>
    public bool ApplyOpened()
    {
        if (_opened.Count == 0)
        {
            return false;
        }

        while (_opened.Count > 0)
        {
            var (method, facts) = _opened.Dequeue();
            _world.Apply(method, facts);
        }

        return true;
    }

    /// <summary>Reflection reaches the fields of <paramref name="type"/>: it may set any of them.</summary>
    public void OnFieldsReflected(ResolvedType type)
    {
        if (_fieldsReflected.ContainsKey(type))
        {
            return;
        }

        _fieldsReflected.Add(type, _world.Epoch);
        foreach (var guard in new List<FieldGuard>(_known))
        {
            if (guard.DeclaringType.Equals(type))
            {
                Open(guard);
            }
        }
    }

    private GuardedMethod? GuardedOf(MethodNode method, MethodFacts facts)
    {
        if (_methods.TryGetValue(method, out var known))
        {
            return known;
        }

        GuardedMethod? guarded = null;
        if ((CallsGetter(facts) || ReadsStaticFieldOfMain(method, facts)) && GuardedRegions.Find(_store, _guards, method) is { Count: > 0 } regions)
        {
            foreach (var region in regions)
            {
                Learn(region.Guard);
            }

            var parts = new List<(FieldGuard, MethodFacts)>();
            foreach (var guard in Distinct(regions))
            {
                parts.Add((guard, _store.ScanPart(method, offset => InRegionOf(regions, guard, offset))));
            }

            // The JIT runs the module initializer of every assembly a method names when it compiles the method, block or
            // not (FACTS.md): a block that names one is left whole.
            if (!parts.Exists(part => NamesModuleInitializer(part.Item2)))
            {
                guarded = new GuardedMethod(method, _store.ScanPart(method, offset => !InAnyRegion(regions, offset)), parts);
            }
        }

        _methods.Add(method, guarded);
        return guarded;
    }

    private static bool NamesModuleInitializer(MethodFacts facts)
    {
        var edges = facts.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            if (edges[i].Kind == EdgeKind.ModuleInitializer)
            {
                return true;
            }
        }

        return false;
    }

    private bool CallsGetter(MethodFacts facts)
    {
        // The packed edges, without expanding dispatch sets: a getter of a guard is called directly.
        var edges = facts.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (!edge.ToDispatchSet && edge.Kind == EdgeKind.Call && _guards.OfGetter(_store.NodeById(edge.Target)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method of the analysed assembly that reads one of its static fields, while no other assembly references it.</summary>
    private bool ReadsStaticFieldOfMain(MethodNode method, MethodFacts facts)
    {
        var main = _store.Context.Assemblies.Main;
        if (method.Assembly != main || _guards.ReferencesMain())
        {
            return false;
        }

        foreach (var access in facts.FieldAccesses)
        {
            if (!access.IsWrite && access.Field.Owner.Assembly == main)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A guard seen for the first time: open already if a writer is reached or reflection reached its class's fields.</summary>
    private void Learn(FieldGuard guard)
    {
        if (!_known.Add(guard))
        {
            return;
        }

        int? openedAt = _unsafeAccessors.MayAccess(guard.FieldName) || guard.IsStatic && _guards.ReferencesMain() ? 0
            : _fieldsReflected.TryGetValue(guard.DeclaringType, out int reflected) ? reflected : null;

        foreach (var writer in guard.Writers)
        {
            ListsByKey.ListOf(_byWriter, writer).Add(guard);
            if (_world.EpochOf(writer) is { } epoch && (openedAt is null || epoch < openedAt))
            {
                openedAt = epoch;
            }
        }

        if (openedAt is { } at)
        {
            _openedAt.Add(guard, at);
        }
    }

    private void Open(FieldGuard guard) => Open(guard, _world.Epoch);

    private void Open(FieldGuard guard, int epoch)
    {
        if (_openedAt.ContainsKey(guard))
        {
            return;
        }

        _openedAt.Add(guard, epoch);
        if (_waiting.TryGetValue(guard, out var methods))
        {
            _waiting.Remove(guard);
            foreach (var guarded in methods)
            {
                foreach (var (partGuard, part) in guarded.Parts)
                {
                    if (partGuard == guard)
                    {
                        _opened.Enqueue((guarded.Method, part));
                    }
                }
            }
        }
    }

    private static bool InRegionOf(IReadOnlyList<GuardedRegion> regions, FieldGuard guard, int offset)
    {
        foreach (var region in regions)
        {
            if (region.Guard == guard && region.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAnyRegion(IReadOnlyList<GuardedRegion> regions, int offset)
    {
        foreach (var region in regions)
        {
            if (region.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private static List<FieldGuard> Distinct(IReadOnlyList<GuardedRegion> regions)
    {
        var guards = new List<FieldGuard>();
        foreach (var region in regions)
        {
            if (!guards.Contains(region.Guard))
            {
                guards.Add(region.Guard);
            }
        }

        return guards;
    }
}
