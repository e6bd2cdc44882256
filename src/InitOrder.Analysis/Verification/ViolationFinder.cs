using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// INIT101 and INIT102: the patches whose own world reaches one of their targets (as the world's
/// <see cref="TargetHits"/> recorded while it marked), each explained root by root: every root that reaches a
/// target is named, by a marking of its own in that patch's world (<see cref="RootMarking"/>), kept inside the cone
/// of methods that lead to a target (<see cref="ReachCone"/>). The first hit per (root, target) comes with a shortest
/// path. A clean build marks nothing twice.
/// </summary>
internal static class ViolationFinder
{
    public static List<ReachFinding> Find(LiveWorld world, TargetHits worldHits, IReadOnlyList<DiscoveredPatch> patches, IReadOnlyList<List<AnalysisRoot>> plans)
    {
        var found = new List<(int RootIndex, PatchTargets Targets, ReachFinding Finding)>();
        for (int patch = 0; patch < plans.Count; patch++)
        {
            if (worldHits.EarliestEpoch(patch) > patch)
            {
                continue;
            }

            var targets = new PatchTargets(patches[patch]);
            var index = new TargetIndex(new[] { targets.Set });
            // One root's own marking is the whole explanation; the cone pays off from two roots on.
            var cone = plans[patch].Count > 1 ? TargetCone(world, patch, plans[patch].Select(r => r.Method).ToList(), index) : null;
            for (int rootIndex = 0; rootIndex < plans[patch].Count; rootIndex++)
            {
                var root = plans[patch][rootIndex];
                if (cone is not null && !cone.Contains(root.Method))
                {
                    continue;
                }

                var hits = new TargetHits(index);
                var log = RootMarking.Run(world, patch, new[] { root.Method }, hits, cone);
                foreach (var hit in hits.InOrder)
                {
                    found.Add((rootIndex, targets, new ReachFinding(root.Code, patches[patch], hit.Target, root, log.PathTo(hit.Method), hit.Mention)));
                }
            }
        }

        return found
            .OrderBy(f => f.Targets.Patch.RunIndex)
            .ThenBy(f => f.RootIndex)
            .ThenBy(f => f.Targets.IndexOf(f.Finding.Target))
            .Select(f => f.Finding)
            .ToList();
    }

    /// <summary>The methods of the world of <paramref name="epoch"/>, from <paramref name="roots"/>, that lead to a target of <paramref name="index"/>.</summary>
    public static ReachCone TargetCone(LiveWorld world, int epoch, IReadOnlyList<MethodNode> roots, TargetIndex index)
    {
        var scratch = new List<(int Set, Target Target)>();
        return ReachCone.Toward(world, epoch, roots, (method, facts) => index.IsHitBy(method, facts, scratch));
    }
}
