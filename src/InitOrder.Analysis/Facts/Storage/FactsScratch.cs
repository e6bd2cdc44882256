using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// Buffers the scan of one method reuses instead of allocating its own: the edge and mention lists
/// (appended to the store's packed stores when the facts are done), the set of tokens already scanned, and
/// per-node and per-dispatch-set stamps that keep one edge per target. Big analyses scan tens of thousands of
/// methods; their growing lists and hash sets were a large share of the garbage. Only the outermost scan uses
/// them (see <see cref="CodeGraph"/>).
/// </summary>
internal sealed class FactsScratch
{
    private int[] _nodeStamps = new int[1024];
    private int[] _setStamps = new int[256];
    private int _stamp;
    private long _scanStart;

    public List<PackedEdge> Edges { get; } = new();

    public List<PackedMention> Mentions { get; } = new();

    /// <summary>The (token, opcode, constrained) triples the current scan has seen (see <see cref="MethodFactsBuilder"/>).</summary>
    public ScannedTokenSet ScannedTokens { get; } = new();

    /// <summary>How many scans are running; only depth 1 may use the buffers.</summary>
    public int Depth { get; private set; }

    /// <summary>Time spent in outermost scans so far, in <see cref="Stopwatch"/> ticks: the facts phase of the run's stats.</summary>
    public long ScanTicks { get; private set; }

    public void Enter()
    {
        if (++Depth == 1)
        {
            _scanStart = Stopwatch.GetTimestamp();
            Edges.Clear();
            Mentions.Clear();

            ScannedTokens.Clear();

            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_nodeStamps, 0, _nodeStamps.Length);
                Array.Clear(_setStamps, 0, _setStamps.Length);
                _stamp = 1;
            }
        }
    }

    public void Exit()
    {
        if (--Depth == 0)
        {
            ScanTicks += Stopwatch.GetTimestamp() - _scanStart;
        }
    }

    /// <summary>True the first time the current scan asks about <paramref name="target"/>.</summary>
    public bool FirstEdgeTo(MethodNode target) => FirstTime(ref _nodeStamps, target.Id);

    /// <summary>True the first time the current scan asks about <paramref name="set"/>.</summary>
    public bool FirstEdgeTo(DispatchSet set) => FirstTime(ref _setStamps, set.Id);

    private bool FirstTime(ref int[] stamps, int id)
    {
        if (id >= stamps.Length)
        {
            Array.Resize(ref stamps, Math.Max(id + 1, stamps.Length * 2));
        }

        if (stamps[id] == _stamp)
        {
            return false;
        }

        stamps[id] = _stamp;
        return true;
    }
}
