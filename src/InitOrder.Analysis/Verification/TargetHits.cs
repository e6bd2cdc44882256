using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Records, as a marking happens, the first hit of each target of each set (<see cref="TargetIndex"/>). In the live
/// world, epochs only grow, so the first hit of a set is also its earliest epoch: the patches whose own world reaches
/// a target are known when marking ends, with no second pass.
/// </summary>
internal sealed class TargetHits : IMarkObserver
{
    private readonly TargetIndex _index;
    private readonly List<TargetHit> _hits = new();
    private readonly HashSet<(int, string, bool)> _found = new();
    private readonly List<(int Set, Target Target)> _scratch = new();
    private readonly int[] _earliest;

    public TargetHits(TargetIndex index)
    {
        _index = index;
        _earliest = new int[index.Count];
        for (int i = 0; i < _earliest.Length; i++)
        {
            _earliest[i] = int.MaxValue;
        }
    }

    /// <summary>The first hit of each (set, target), in the order the marking found them.</summary>
    public IReadOnlyList<TargetHit> InOrder => _hits;

    /// <summary>The first epoch whose world reaches a target of <paramref name="set"/>; <see cref="int.MaxValue"/> when none does.</summary>
    public int EarliestEpoch(int set) => _earliest[set];

    public bool OnMarked(MethodNode method, int epoch)
    {
        if (!_index.IsEmpty)
        {
            _index.HitsByDefinition(method, _scratch);
            Record(method, null, epoch);
        }

        return false;
    }

    public bool OnScanned(MethodNode method, MethodFacts facts, int epoch)
    {
        if (_index.IsEmpty)
        {
            return false;
        }

        foreach (var mention in facts.Mentions)
        {
            _index.Hits(mention, _scratch);
            Record(method, mention, epoch);
        }

        return false;
    }

    private void Record(MethodNode method, Mention? mention, int epoch)
    {
        foreach (var (set, target) in _scratch)
        {
            if (_found.Add((set, target.Name, target.IsAssembly)))
            {
                _hits.Add(new TargetHit(set, target, method, mention, epoch));
                if (epoch < _earliest[set])
                {
                    _earliest[set] = epoch;
                }
            }
        }
    }
}
