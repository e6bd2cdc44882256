using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Breadth-first search over the lazily built graph, with an explicit queue: call chains of any
/// depth cannot overflow the stack. It follows what one patch's world allows (<see cref="LiveView"/>): virtual calls to
/// live receivers only, plus the callbacks and reflection the world found.
/// </summary>
internal static class ReachabilitySearch
{
    /// <summary>One search from several roots at once (at least one): each method is reached from the nearest root.</summary>
    /// <param name="onReached">Called once per method when it is first reached (the roots first).</param>
    /// <param name="onScanned">Called once per method, in breadth-first order, with its facts.</param>
    public static SearchTree Run(FactStore store, IReadOnlyList<MethodNode> roots, LiveView view, Action<MethodNode> onReached, Action<MethodNode, MethodFacts> onScanned)
    {
        var tree = new SearchTree(roots);
        var queue = new Queue<MethodNode>();
        var started = new HashSet<MethodNode>();
        foreach (var root in roots)
        {
            if (started.Add(root))
            {
                queue.Enqueue(root);
                onReached(root);
            }
        }

        while (queue.Count > 0)
        {
            var method = queue.Dequeue();
            var facts = store.FactsOf(method);
            onScanned(method, facts);
            foreach (var edge in facts.Edges)
            {
                if (view.Allows(edge) && tree.TryAdd(edge.Target, method, edge))
                {
                    onReached(edge.Target);
                    queue.Enqueue(edge.Target);
                }
            }

            foreach (var edge in view.DerivedFrom(method))
            {
                if (tree.TryAdd(edge.Target, method, edge))
                {
                    onReached(edge.Target);
                    queue.Enqueue(edge.Target);
                }
            }
        }

        return tree;
    }
}
