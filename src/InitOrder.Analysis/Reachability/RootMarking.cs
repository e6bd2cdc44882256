using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The second mark strategy: marks breadth-first from chosen roots in the world of one epoch, over the same
/// dependencies the live world follows (<see cref="LiveWorld.DependenciesOf"/>), with a mark log of its own. It names
/// each root that reaches a target (the world's log names only the first) and finds the nearest of something from
/// one method (INIT106's field reads). Breadth-first, so each path read back is a shortest one from the nearest root.
/// Kept inside a <see cref="ReachCone"/>, it marks only the methods that can lead to what the observer looks for.
/// </summary>
internal static class RootMarking
{
    public static MarkLog Run(LiveWorld world, int epoch, IReadOnlyList<MethodNode> roots, IMarkObserver observer, ReachCone? within = null)
    {
        var log = new MarkLog();
        var queue = new Queue<MethodNode>();
        foreach (var root in roots)
        {
            if (log.TryMark(root, MarkReason.Root))
            {
                queue.Enqueue(root);
                if (observer.OnMarked(root, epoch))
                {
                    return log;
                }
            }
        }

        var dependencies = new List<Dependency>();
        while (queue.Count > 0)
        {
            var method = queue.Dequeue();
            if (observer.OnScanned(method, world.FactsOf(method), epoch))
            {
                return log;
            }

            world.DependenciesOf(method, epoch, dependencies);
            foreach (var (target, reason) in dependencies)
            {
                if (within is not null && !within.Contains(target))
                {
                    continue;
                }

                if (log.TryMark(target, reason))
                {
                    queue.Enqueue(target);
                    if (observer.OnMarked(target, epoch))
                    {
                        return log;
                    }
                }
            }
        }

        return log;
    }
}
