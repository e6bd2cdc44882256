using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Benchmarks;

/// <summary>All runs of one workload on one file: the first run of each process is cold, the rest warm.</summary>
internal sealed class CaseResult
{
    public CaseResult(string input, Workload workload, long fileBytes, IReadOnlyList<RunResult> cold, IReadOnlyList<RunResult> warm)
    {
        Input = input;
        Workload = workload;
        FileBytes = fileBytes;
        Cold = cold;
        Warm = warm;
    }

    public string Input { get; }

    public Workload Workload { get; }

    public long FileBytes { get; }

    public IReadOnlyList<RunResult> Cold { get; }

    public IReadOnlyList<RunResult> Warm { get; }

    /// <summary>Median of the warm runs (of the cold ones when there are no warm runs).</summary>
    public double MedianMilliseconds => Statistics.Median((Warm.Count > 0 ? Warm : Cold).Select(r => r.Milliseconds));

    public double ColdMilliseconds => Statistics.Median(Cold.Select(r => r.Milliseconds));

    /// <summary>Median over every run of the memory the run added at its peak.</summary>
    public double PeakBytes => Statistics.Median(Cold.Concat(Warm).Select(r => (double)r.PeakBytes));

    public string Work => Cold.Count > 0 ? Cold[0].Work : "";
}
