using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Explains, root by root, the patches whose world reaches one of their targets. The world says whether anything
/// before a patch reaches its targets; each root of a patch that does is then searched in that patch's world, so the
/// report names every root that leads there. The first hit per (root, patch, target) is a shortest chain; identical
/// chains are reported once.
/// </summary>
internal static class ViolationFinder
{
    public static List<Violation> Find(FactStore store, LiveWorld world, IReadOnlyList<DiscoveredPatch> patches, IReadOnlyList<List<AnalysisRoot>> plans)
    {
        var hits = new List<(int Patch, int RootIndex, AnalysisRoot Root, PatchTargets Targets, Target Target, List<ChainStep> Chain)>();
        var flagged = WorldHits.PatchesReachingTargets(store, world, patches);
        for (int patch = 0; patch < plans.Count; patch++)
        {
            if (!flagged.Contains(patch))
            {
                continue;
            }

            var targets = new PatchTargets(patches[patch]);
            var view = world.At(patch);
            for (int index = 0; index < plans[patch].Count; index++)
            {
                var root = plans[patch][index];
                foreach (var hit in MultiRootSearch.Find(store, new[] { root.Method }, new[] { targets.Set }, view))
                {
                    hits.Add((patch, index, root, targets, hit.Target, hit.Chain));
                }
            }
        }

        var violations = new List<Violation>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits
            .OrderBy(h => h.Targets.Patch.RunIndex)
            .ThenBy(h => h.RootIndex)
            .ThenBy(h => h.Targets.IndexOf(h.Target)))
        {
            var patch = hit.Targets.Patch;
            string chainText = ChainBuilder.Format(hit.Chain);
            if (reported.Add(patch.Name + "\n" + hit.Target.Name + "\n" + chainText))
            {
                string message = ViolationMessage.Format(patch, hit.Target, hit.Root, hit.Chain);
                violations.Add(new Violation(hit.Root.Code, patch.Name, hit.Target.Name, hit.Root.Method.FullName, message, hit.Chain));
            }
        }

        return violations;
    }
}
