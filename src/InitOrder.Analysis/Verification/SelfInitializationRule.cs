using System;
using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// INIT106: a patch whose own access to a target type runs that type's static constructor, when the constructor
/// (transitively) reads a static field the patch writes at or after that access. The patch then configures state the
/// target has already captured.
/// <list type="bullet">
/// <item>The patch's order: its body in instruction order (<see cref="BodyOrder"/>), stepping into the methods it
/// calls with <c>call</c> (setters, helpers) a few levels deep. Branches are not interpreted: instruction order stands
/// for execution order, which is what a patch's straight-line code does.</item>
/// <item>The reads: a marking from the constructor (<see cref="RootMarking"/>) in the world as it is once the patch
/// has run, over the engine's own dependencies, to the nearest read of a written field.</item>
/// </list>
/// Targets without code (framework types seen through reference assemblies) have no static constructor to read.
/// </summary>
internal static class SelfInitializationRule
{
    /// <summary>The patch is level 0; a setter called from a helper the patch calls is level 2.</summary>
    private const int MaxCallDepth = 3;

    /// <summary>Body events walked per patch at most: a patch is short, and a bound keeps odd code cheap.</summary>
    private const int EventBudget = 20_000;

    /// <param name="worldAfter">The world once patch k has run: its epoch (k + 1), grown by the caller when it asks.</param>
    public static List<SelfInitialization> Find(FactStore store, LiveWorld world, IReadOnlyList<DiscoveredPatch> patches, Func<int, int> worldAfter)
    {
        var findings = new List<SelfInitialization>();
        for (int k = 0; k < patches.Count; k++)
        {
            try
            {
                FindInPatch(store, world, patches[k], () => worldAfter(k), findings);
            }
            catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
            {
                // A malformed patch body is INIT204 from the main analysis; this rule has nothing to say about it.
            }
        }

        return findings;
    }

    private static void FindInPatch(FactStore store, LiveWorld world, DiscoveredPatch patch, Func<int> epochAfter, List<SelfInitialization> findings)
    {
        var targets = new PatchTargets(patch);
        var walk = new Walk(store, constructor => TargetOf(targets, constructor) is not null);
        walk.Run(patch.Method);
        var events = walk.Events;
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].Constructor is not { } constructor)
            {
                continue;
            }

            var written = new HashSet<StaticField>();
            for (int later = i + 1; later < events.Count; later++)
            {
                if (events[later].Field is { } field)
                {
                    written.Add(field);
                }
            }

            if (written.Count == 0)
            {
                continue;
            }

            var reads = new FieldReads(written);
            var log = RootMarking.Run(world, epochAfter(), new[] { constructor }, reads);
            if (reads.Found is { } read)
            {
                findings.Add(new SelfInitialization(patch, TargetOf(targets, constructor)!.Value, events[i].Path, constructor, log.PathTo(read.Method), read.ILOffset, read.Field));
            }
        }
    }

    /// <summary>The target a static constructor belongs to: a target type, or a type of a target assembly.</summary>
    private static Target? TargetOf(PatchTargets targets, MethodNode constructor)
    {
        string type = constructor.DeclaringType.FullName;
        foreach (string name in targets.Patch.Attribute.Targets)
        {
            if (string.Equals(name, type, StringComparison.Ordinal))
            {
                return new Target(name, isAssembly: false);
            }
        }

        return targets.Set.HitByDefinition(constructor);
    }

    /// <summary>A trigger of a target's static constructor (the first per constructor) or a write, with where it happens.</summary>
    private readonly record struct PatchEvent(MethodNode? Constructor, StaticField? Field, IReadOnlyList<(MethodNode Method, int ILOffset)> Path);

    /// <summary>The patch's body events in order, stepping into calls.</summary>
    private sealed class Walk
    {
        private readonly FactStore _store;
        private readonly Func<MethodNode, bool> _isTargetConstructor;
        private readonly HashSet<MethodNode> _triggered = new();
        private readonly List<(MethodNode Method, int ILOffset)> _frames = new();
        private int _budget = EventBudget;

        public Walk(FactStore store, Func<MethodNode, bool> isTargetConstructor)
        {
            _store = store;
            _isTargetConstructor = isTargetConstructor;
        }

        public List<PatchEvent> Events { get; } = new();

        public void Run(MethodNode method)
        {
            foreach (var body in BodyOrder.Of(_store, method))
            {
                if (--_budget < 0)
                {
                    return;
                }

                _frames.Add((method, body.ILOffset));
                if (body.Kind == BodyEventKind.Trigger && _isTargetConstructor(body.Constructor!) && _triggered.Add(body.Constructor!))
                {
                    Events.Add(new PatchEvent(body.Constructor, null, _frames.ToArray()));
                }
                else if (body.Kind == BodyEventKind.Write)
                {
                    Events.Add(new PatchEvent(null, body.Field, _frames.ToArray()));
                }
                else if (body.Kind == BodyEventKind.Call && _frames.Count <= MaxCallDepth && !OnStack(body.Callee!))
                {
                    Run(body.Callee!);
                }

                _frames.RemoveAt(_frames.Count - 1);
            }
        }

        private bool OnStack(MethodNode method)
        {
            foreach (var frame in _frames)
            {
                if (frame.Method == method)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
