using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// One breadth-first search from one root or a group of roots at once, checking what is reached against several
/// target sets. A search per root would visit the shared code once per root: with every static
/// constructor of a big library as a root (--all-static-constructors) that is quadratic. The price is
/// that each target is reported once, through the root nearest to it, rather than once per root.
/// </summary>
internal static class MultiRootSearch
{
    /// <returns>The first hit per (target set, target), in breadth-first order.</returns>
    public static List<TargetHit> Find(FactStore store, IReadOnlyList<MethodNode> roots, IReadOnlyList<TargetSet> sets, LiveView view)
    {
        if (roots.Count == 0)
        {
            return new List<TargetHit>();
        }

        var active = sets.Select((set, index) => (Set: set, Index: index)).Where(s => !s.Set.IsEmpty).ToList();
        var found = new HashSet<(int, string, bool)>();
        var pending = new List<(int Set, Target Target, MethodNode Reached, Mention? Mention)>();

        void Record(int set, Target target, MethodNode method, Mention? mention)
        {
            if (found.Add((set, target.Name, target.IsAssembly)))
            {
                pending.Add((set, target, method, mention));
            }
        }

        var tree = ReachabilitySearch.Run(
            store,
            roots,
            view,
            method =>
            {
                foreach (var (set, index) in active)
                {
                    if (set.HitByDefinition(method) is { } target)
                    {
                        Record(index, target, method, null);
                    }
                }
            },
            (scanned, facts) =>
            {
                if (active.Count == 0)
                {
                    return;
                }

                foreach (var mention in facts.Mentions)
                {
                    foreach (var (set, index) in active)
                    {
                        foreach (var target in set.Hits(mention))
                        {
                            Record(index, target, scanned, mention);
                        }
                    }
                }
            });

        return pending.Select(p => new TargetHit(p.Set, p.Target, ChainBuilder.Build(tree, p.Reached, p.Mention, view))).ToList();
    }
}
