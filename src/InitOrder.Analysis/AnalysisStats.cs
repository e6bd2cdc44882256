using System.Collections.Generic;

namespace InitOrder.Analysis;

/// <summary>Size and cost of one verification; only the JSON report shows the times.</summary>
public sealed class AnalysisStats
{
    public AnalysisStats(int methodsAnalysed, int edges, long milliseconds, IReadOnlyList<PhaseTime>? phases = null, bool reused = false, long bytesRead = 0)
    {
        Reused = reused;
        BytesRead = bytesRead;
        MethodsAnalysed = methodsAnalysed;
        Edges = edges;
        Milliseconds = milliseconds;
        Phases = phases ?? System.Array.Empty<PhaseTime>();
    }

    public int MethodsAnalysed { get; }

    public int Edges { get; }

    public long Milliseconds { get; }

    /// <summary>The time split by phase (see <see cref="PhaseTime"/>), in order; empty when the run stopped before analysing.</summary>
    public IReadOnlyList<PhaseTime> Phases { get; }

    /// <summary>
    /// True when nothing the previous verification of this project depended on had changed, so its findings were
    /// reused (see Reuse/): the methods and edges are that run's, the time is this one's.
    /// </summary>
    public bool Reused { get; }

    /// <summary>The size of every assembly file the analysis read (the analysed one and the references it needed), which it holds in memory.</summary>
    public long BytesRead { get; }
}
