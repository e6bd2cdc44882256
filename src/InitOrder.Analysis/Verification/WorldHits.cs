using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Graph;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Which patches' worlds reach one of their targets, in one pass over the world: a method reached at epoch e names
/// a target of patch k (k ≥ e) or belongs to one of its target assemblies. Only those patches need the searches that
/// explain them root by root, so a clean build searches nothing twice.
/// </summary>
internal static class WorldHits
{
    public static HashSet<int> PatchesReachingTargets(CodeGraph graph, LiveWorld world, IReadOnlyList<DiscoveredPatch> patches)
    {
        var sets = new List<TargetSet>();
        foreach (var patch in patches)
        {
            sets.Add(new PatchTargets(patch).Set);
        }

        var flagged = new HashSet<int>();
        foreach (var method in world.Reached)
        {
            if (flagged.Count == patches.Count)
            {
                break;
            }

            int epoch = world.EpochOf(method) ?? int.MaxValue;
            var facts = graph.FactsOf(method);
            for (int k = epoch; k < sets.Count; k++)
            {
                if (flagged.Contains(k) || sets[k].IsEmpty)
                {
                    continue;
                }

                if (sets[k].HitByDefinition(method) is not null || AnyMentionHits(sets[k], facts))
                {
                    flagged.Add(k);
                }
            }
        }

        return flagged;
    }

    /// <summary>Whether anything the world reaches by <paramref name="epoch"/> hits <paramref name="set"/>.</summary>
    public static bool Reaches(CodeGraph graph, LiveWorld world, int epoch, TargetSet set)
    {
        if (set.IsEmpty)
        {
            return false;
        }

        foreach (var method in world.Reached)
        {
            if ((world.EpochOf(method) ?? int.MaxValue) <= epoch && (set.HitByDefinition(method) is not null || AnyMentionHits(set, graph.FactsOf(method))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMentionHits(TargetSet set, MethodFacts facts)
    {
        foreach (var mention in facts.Mentions)
        {
            foreach (var _ in set.Hits(mention))
            {
                return true;
            }
        }

        return false;
    }
}
