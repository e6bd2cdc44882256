using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The methods of one epoch's world, reachable from given roots, from which a sought method can be reached (the
/// sought ones included). Every method that marks a method of the cone is itself in it, so a
/// <see cref="RootMarking"/> kept inside the cone marks the cone's methods in the same order and for the same reasons as
/// one over the whole world: the same hits and the same paths. Naming each root that reaches a target then costs one
/// marking of the world (here) and markings of the cone alone, and a root outside the cone reaches nothing sought.
/// </summary>
internal sealed class ReachCone
{
    private readonly bool[] _inside;

    private ReachCone(bool[] inside, int count)
    {
        _inside = inside;
        Count = count;
    }

    /// <summary>How many methods the cone holds.</summary>
    public int Count { get; }

    public bool Contains(MethodNode method) => method.Id < _inside.Length && _inside[method.Id];

    /// <summary>
    /// Marks the world of <paramref name="epoch"/> from <paramref name="roots"/>, remembering who marks whom, then walks
    /// those steps backwards from every marked method <paramref name="isSought"/> accepts.
    /// </summary>
    public static ReachCone Toward(LiveWorld world, int epoch, IReadOnlyList<MethodNode> roots, Func<MethodNode, MethodFacts, bool> isSought)
    {
        var marked = new MarkLog();
        var queue = new Queue<MethodNode>();
        var sought = new List<int>();
        var from = new List<int>();
        var to = new List<int>();
        int size = 0;
        foreach (var root in roots)
        {
            if (marked.TryMark(root, MarkReason.Root))
            {
                queue.Enqueue(root);
                size = Math.Max(size, root.Id + 1);
            }
        }

        var dependencies = new List<Dependency>();
        while (queue.Count > 0)
        {
            var method = queue.Dequeue();
            if (isSought(method, world.FactsOf(method)))
            {
                sought.Add(method.Id);
            }

            world.DependenciesOf(method, epoch, dependencies);
            foreach (var (target, reason) in dependencies)
            {
                from.Add(method.Id);
                to.Add(target.Id);
                if (marked.TryMark(target, reason))
                {
                    queue.Enqueue(target);
                    size = Math.Max(size, target.Id + 1);
                }
            }
        }

        return Backwards(size, sought, from, to);
    }

    /// <summary>Everything that reaches a sought method, over the recorded steps reversed (grouped by target once).</summary>
    private static ReachCone Backwards(int size, List<int> sought, List<int> from, List<int> to)
    {
        var start = new int[size + 1];
        foreach (int target in to)
        {
            start[target + 1]++;
        }

        for (int i = 0; i < size; i++)
        {
            start[i + 1] += start[i];
        }

        var sources = new int[from.Count];
        var next = (int[])start.Clone();
        for (int i = 0; i < from.Count; i++)
        {
            sources[next[to[i]]++] = from[i];
        }

        var inside = new bool[size];
        var pending = new Stack<int>();
        int count = 0;
        foreach (int id in sought)
        {
            if (!inside[id])
            {
                inside[id] = true;
                count++;
                pending.Push(id);
            }
        }

        while (pending.Count > 0)
        {
            int id = pending.Pop();
            for (int i = start[id]; i < start[id + 1]; i++)
            {
                int source = sources[i];
                if (!inside[source])
                {
                    inside[source] = true;
                    count++;
                    pending.Push(source);
                }
            }
        }

        return new ReachCone(inside, count);
    }
}
