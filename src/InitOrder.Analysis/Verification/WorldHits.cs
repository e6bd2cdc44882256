using System;
using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Which target sets the world reaches, and from which epoch on, in one pass over what it reached: each target name
/// points at the sets that hold it, so every mention costs one lookup however many patches there are. Only the
/// patches whose world reaches a target need the searches that explain them root by root, so a clean build searches
/// nothing twice.
/// </summary>
internal static class WorldHits
{
    /// <summary>The patches (by index) whose own world reaches one of their targets.</summary>
    public static HashSet<int> PatchesReachingTargets(FactStore store, LiveWorld world, IReadOnlyList<DiscoveredPatch> patches)
    {
        var sets = new List<TargetSet>();
        foreach (var patch in patches)
        {
            sets.Add(new PatchTargets(patch).Set);
        }

        var earliest = EarliestEpochs(store, world, sets);
        var flagged = new HashSet<int>();
        for (int k = 0; k < earliest.Length; k++)
        {
            if (earliest[k] <= k)
            {
                flagged.Add(k);
            }
        }

        return flagged;
    }

    /// <summary>Whether anything the world reaches by <paramref name="epoch"/> hits <paramref name="set"/>.</summary>
    public static bool Reaches(FactStore store, LiveWorld world, int epoch, TargetSet set) =>
        EarliestEpochs(store, world, new[] { set })[0] <= epoch;

    /// <summary>Per set, the first epoch whose world reaches one of its targets; <see cref="int.MaxValue"/> when none does.</summary>
    public static int[] EarliestEpochs(FactStore store, LiveWorld world, IReadOnlyList<TargetSet> sets)
    {
        var earliest = new int[sets.Count];
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byAssembly = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < sets.Count; k++)
        {
            earliest[k] = int.MaxValue;
            foreach (string type in sets[k].Types)
            {
                Index(byType, type, k);
            }

            foreach (string assembly in sets[k].Assemblies)
            {
                Index(byAssembly, assembly, k);
            }
        }

        if (byType.Count == 0 && byAssembly.Count == 0)
        {
            return earliest;
        }

        foreach (var method in world.Reached)
        {
            int epoch = world.EpochOf(method) ?? int.MaxValue;
            Lower(earliest, byAssembly, method.Assembly.Name, epoch);
            foreach (var mention in store.FactsOf(method).Mentions)
            {
                if (!mention.IsSignatureOnly)
                {
                    Lower(earliest, byType, mention.Type.FullName, epoch);
                }

                if (mention.Type.AssemblyName is { } assembly)
                {
                    Lower(earliest, byAssembly, assembly, epoch);
                }
            }
        }

        return earliest;
    }

    private static void Index(Dictionary<string, List<int>> index, string name, int set)
    {
        if (!index.TryGetValue(name, out var sets))
        {
            sets = new List<int>();
            index.Add(name, sets);
        }

        sets.Add(set);
    }

    private static void Lower(int[] earliest, Dictionary<string, List<int>> index, string name, int epoch)
    {
        if (index.Count > 0 && index.TryGetValue(name, out var sets))
        {
            foreach (int set in sets)
            {
                earliest[set] = Math.Min(earliest[set], epoch);
            }
        }
    }
}
