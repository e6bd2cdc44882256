using System;
using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// INIT106: a patch whose own access to a target type runs that type's static constructor, when the constructor
/// (transitively) reads a static field the patch writes at or after that access. The patch then configures state
/// the target has already captured. The patch's order is followed as <see cref="PatchBodyWalk"/> describes; the
/// reads as <see cref="StaticFieldReadSearch"/> does. Targets without code (framework types seen through reference
/// assemblies) have no static constructor to read, so they are out of scope.
/// </summary>
internal static class SelfInitializationCheck
{
    public static List<Violation> Find(FactStore store, IReadOnlyList<DiscoveredPatch> patches)
    {
        var violations = new List<Violation>();
        foreach (var patch in patches)
        {
            try
            {
                foreach (var finding in FindInPatch(store, patch))
                {
                    violations.Add(finding.ToViolation());
                }
            }
            catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
            {
                // A malformed patch body is INIT204 from the main analysis; this rule has nothing to say about it.
            }
        }

        return violations;
    }

    private static IEnumerable<SelfInitializationFinding> FindInPatch(FactStore store, DiscoveredPatch patch)
    {
        var targets = new PatchTargets(patch);
        var events = PatchBodyWalk.Run(store, patch.Method, constructor => TargetOf(targets, constructor) is not null);
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].TargetConstructor is not { } constructor)
            {
                continue;
            }

            var written = new HashSet<StaticField>();
            for (int later = i + 1; later < events.Count; later++)
            {
                if (events[later].WrittenField is { } field)
                {
                    written.Add(field);
                }
            }

            if (written.Count > 0 && StaticFieldReadSearch.Find(store, constructor, written) is { } read)
            {
                var trigger = TriggerChain(events[i].Path, constructor);
                yield return new SelfInitializationFinding(patch, TargetOf(targets, constructor)!.Value, trigger, read.Chain, read.Field);
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

        return targets.HitByDefinition(constructor);
    }

    private static List<ChainStep> TriggerChain(IReadOnlyList<(MethodNode Method, int ILOffset)> path, MethodNode constructor)
    {
        var steps = new List<ChainStep>();
        for (int i = 0; i < path.Count; i++)
        {
            var (method, offset) = path[i];
            steps.Add(new ChainStep(method.FullName, method.ShortName, method.LocationAt(offset), i < path.Count - 1 ? "calls" : "triggers"));
        }

        steps.Add(new ChainStep(constructor.FullName, constructor.ShortName, null));
        return steps;
    }
}
