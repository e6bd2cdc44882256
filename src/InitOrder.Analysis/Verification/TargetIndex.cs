using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Several target sets at once, indexed by name: a mention or a marked method costs one lookup whatever the number
/// of patches. Sets are numbered in the order given (a patch's run index).
/// </summary>
internal sealed class TargetIndex
{
    private readonly IReadOnlyList<TargetSet> _sets;
    private readonly Dictionary<string, List<int>> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byAssembly = new(StringComparer.OrdinalIgnoreCase);

    public TargetIndex(IReadOnlyList<TargetSet> sets)
    {
        _sets = sets;
        for (int set = 0; set < sets.Count; set++)
        {
            foreach (string type in sets[set].Types)
            {
                Index(_byType, type, set);
            }

            foreach (string assembly in sets[set].Assemblies)
            {
                Index(_byAssembly, assembly, set);
            }
        }
    }

    public int Count => _sets.Count;

    public bool IsEmpty => _byType.Count == 0 && _byAssembly.Count == 0;

    public TargetSet this[int set] => _sets[set];

    /// <summary>The (set, target) pairs a mention hits: a target type it names, or a target assembly its type lives in.</summary>
    public void Hits(Mention mention, List<(int Set, Target Target)> into)
    {
        into.Clear();
        if (!mention.IsSignatureOnly && _byType.TryGetValue(mention.Type.FullName, out var sets))
        {
            foreach (int set in sets)
            {
                into.Add((set, new Target(mention.Type.FullName, isAssembly: false)));
            }
        }

        if (mention.Type.AssemblyName is { } assembly && _byAssembly.TryGetValue(assembly, out var assemblySets))
        {
            foreach (int set in assemblySets)
            {
                into.Add((set, _sets[set].AssemblyTarget(assembly)));
            }
        }
    }

    /// <summary>Reaching code defined in a target assembly is a hit even when nothing named it (dispatch, callbacks, initializers).</summary>
    public void HitsByDefinition(MethodNode method, List<(int Set, Target Target)> into)
    {
        into.Clear();
        if (_byAssembly.TryGetValue(method.Assembly.Name, out var sets))
        {
            foreach (int set in sets)
            {
                into.Add((set, _sets[set].AssemblyTarget(method.Assembly.Name)));
            }
        }
    }

    /// <summary>Whether reaching <paramref name="method"/> hits a target of any set, by its definition or its mentions.</summary>
    public bool IsHitBy(MethodNode method, MethodFacts facts, List<(int Set, Target Target)> scratch)
    {
        HitsByDefinition(method, scratch);
        if (scratch.Count > 0)
        {
            return true;
        }

        foreach (var mention in facts.Mentions)
        {
            Hits(mention, scratch);
            if (scratch.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Index(Dictionary<string, List<int>> index, string name, int set)
    {
        if (!index.TryGetValue(name, out var sets))
        {
            sets = new List<int>();
            index.Add(name, sets);
        }

        if (!sets.Contains(set))
        {
            sets.Add(set);
        }
    }
}
