using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Searches breadth-first from every root once, checking what is reached against the targets of
/// every patch that root runs before. The first hit per (root, patch, target) is a shortest chain;
/// identical chains are reported once.
/// </summary>
internal static class ViolationFinder
{
    /// <param name="reached">Receives every method the searches reach.</param>
    public static List<Violation> Find(CodeGraph graph, IReadOnlyList<DiscoveredPatch> patches, IReadOnlyList<List<AnalysisRoot>> plans, ReachedMethods reached)
    {
        var targets = patches.Select(p => new PatchTargets(p)).ToList();
        var users = new Dictionary<MethodNode, List<RootUse>>();
        var rootOrder = new List<MethodNode>();
        for (int patch = 0; patch < plans.Count; patch++)
        {
            for (int index = 0; index < plans[patch].Count; index++)
            {
                var root = plans[patch][index];
                if (!users.TryGetValue(root.Method, out var list))
                {
                    list = new List<RootUse>();
                    users.Add(root.Method, list);
                    rootOrder.Add(root.Method);
                }

                list.Add(new RootUse(targets[patch], root, index));
            }
        }

        var hits = new List<(RootUse Use, Target Target, List<ChainStep> Chain)>();
        foreach (var rootMethod in rootOrder)
        {
            hits.AddRange(SearchFrom(graph, rootMethod, users[rootMethod], reached));
        }

        var violations = new List<Violation>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits
            .OrderBy(h => h.Use.Targets.Patch.RunIndex)
            .ThenBy(h => h.Use.RootIndex)
            .ThenBy(h => h.Use.Targets.IndexOf(h.Target)))
        {
            var patch = hit.Use.Targets.Patch;
            string chainText = ChainBuilder.Format(hit.Chain);
            if (reported.Add(patch.Name + "\n" + hit.Target.Name + "\n" + chainText))
            {
                string message = ViolationMessage.Format(patch, hit.Target, hit.Use.Root, hit.Chain);
                violations.Add(new Violation(hit.Use.Root.Code, patch.Name, hit.Target.Name, hit.Use.Root.Method.FullName, message, hit.Chain));
            }
        }

        return violations;
    }

    /// <summary>One search from <paramref name="root"/> against the targets of every patch it runs before.</summary>
    private static IEnumerable<(RootUse, Target, List<ChainStep>)> SearchFrom(CodeGraph graph, MethodNode root, List<RootUse> uses, ReachedMethods reached) =>
        MultiRootSearch.Find(graph, new[] { root }, uses.Select(u => u.Targets.Set).ToList(), reached)
            .Select(hit => (uses[hit.SetIndex], hit.Target, hit.Chain));

    /// <summary>One patch that a root runs before, with the root's position in that patch's plan.</summary>
    private sealed class RootUse
    {
        public RootUse(PatchTargets targets, AnalysisRoot root, int rootIndex)
        {
            Targets = targets;
            Root = root;
            RootIndex = rootIndex;
        }

        public PatchTargets Targets { get; }

        public AnalysisRoot Root { get; }

        public int RootIndex { get; }
    }
}
