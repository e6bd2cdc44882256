using System.Collections.Generic;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// The dispatch candidates of one method name, grouped by every type they may be reached through (their own
/// type and each ancestor), plus those whose ancestry is incomplete (reachable through any type). A query then
/// reads two short lists instead of checking every candidate of the name against the declaring type: names
/// such as Accept or Visit have thousands of candidates in a big library, and each virtual slot asks once.
/// </summary>
internal sealed class CandidatesByAncestor
{
    private static readonly List<int> s_none = new();

    private readonly Dictionary<string, List<int>> _byType = new(System.StringComparer.Ordinal);
    private readonly List<int> _anyType = new();

    /// <summary>Groups <paramref name="candidates"/> (indexes into that list, ascending in every group).</summary>
    public CandidatesByAncestor(List<DispatchCandidate> candidates, TypeHierarchy hierarchy)
    {
        Count = candidates.Count;
        for (int i = 0; i < candidates.Count; i++)
        {
            var type = candidates[i].Method.DeclaringType;
            var ancestors = hierarchy.Ancestors(type);
            if (!ancestors.IsComplete)
            {
                _anyType.Add(i);
                continue;
            }

            Add(type.Name.FullName, i);
            foreach (string ancestor in ancestors.FullNames)
            {
                Add(ancestor, i);
            }
        }
    }

    /// <summary>How many candidates were grouped; a longer candidate list means more assemblies were indexed since.</summary>
    public int Count { get; }

    /// <summary>Indexes of the candidates that may be a <paramref name="declaringTypeFullName"/>, ascending.</summary>
    public IEnumerable<int> For(string declaringTypeFullName)
    {
        var typed = _byType.TryGetValue(declaringTypeFullName, out var list) ? list : s_none;
        int t = 0;
        int a = 0;
        while (t < typed.Count || a < _anyType.Count)
        {
            if (a >= _anyType.Count || (t < typed.Count && typed[t] < _anyType[a]))
            {
                yield return typed[t++];
            }
            else
            {
                yield return _anyType[a++];
            }
        }
    }

    private void Add(string typeFullName, int candidate)
    {
        if (!_byType.TryGetValue(typeFullName, out var list))
        {
            list = new List<int>();
            _byType.Add(typeFullName, list);
        }

        // A type can be both itself and listed among its ancestors (a cycle in crafted metadata): keep one entry.
        if (list.Count == 0 || list[list.Count - 1] != candidate)
        {
            list.Add(candidate);
        }
    }
}
