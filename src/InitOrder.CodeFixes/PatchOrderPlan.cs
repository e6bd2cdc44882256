using System.Collections.Generic;
using System.Linq;

namespace InitOrder.CodeFixes;

/// <summary>
/// New <c>Order</c> values that make each target's patch run before the patches that read its target, changing as few
/// patches as it can. The run order is kept except where a constraint forbids it: a patch that must wait for another
/// moves to just after it (a stable topological sort), so the patches no constraint names keep their relative order.
/// Then each patch keeps its <c>Order</c> when it still sorts after the one before it, and otherwise takes the lowest
/// value that does (ties go by the ordinal full name, as the generator orders them).
/// </summary>
internal static class PatchOrderPlan
{
    /// <param name="patches">Every patch of the project as (full name, Order), in run order.</param>
    /// <param name="runsFirst">Pairs (first, then): the patch <c>first</c> must run before <c>then</c>.</param>
    /// <returns>The patches whose Order changes, with the new value.</returns>
    public static Dictionary<string, int> Plan(IReadOnlyList<(string Name, int Order)> patches, IEnumerable<(string First, string Then)> runsFirst)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < patches.Count; i++)
        {
            index[patches[i].Name] = i;
        }

        var waitsFor = patches.Select(_ => new HashSet<int>()).ToArray();
        foreach (var (first, then) in runsFirst)
        {
            if (index.TryGetValue(first, out var before) && index.TryGetValue(then, out var after) && before != after)
            {
                waitsFor[after].Add(before);
            }
        }

        var changes = new Dictionary<string, int>();
        (int Order, string Name)? previous = null;
        foreach (var i in Sequence(patches.Count, waitsFor))
        {
            var (name, order) = patches[i];
            if (previous is { } last && !SortsAfter(order, name, last.Order, last.Name))
            {
                order = string.CompareOrdinal(name, last.Name) > 0 ? last.Order : last.Order + 1;
                changes[name] = order;
            }

            previous = (order, name);
        }

        return changes;
    }

    /// <summary>Kahn's algorithm, always taking the earliest patch in run order that waits for nobody; a cycle keeps its run order.</summary>
    private static IEnumerable<int> Sequence(int count, HashSet<int>[] waitsFor)
    {
        var placed = new bool[count];
        for (var step = 0; step < count; step++)
        {
            var next = -1;
            for (var i = 0; i < count && next < 0; i++)
            {
                if (!placed[i] && waitsFor[i].All(w => placed[w]))
                {
                    next = i;
                }
            }

            if (next < 0)
            {
                next = System.Array.IndexOf(placed, false);
            }

            placed[next] = true;
            yield return next;
        }
    }

    private static bool SortsAfter(int order, string name, int previousOrder, string previousName)
        => order != previousOrder ? order > previousOrder : string.CompareOrdinal(name, previousName) > 0;
}
