using System.Collections.Generic;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>What the IDE-like benchmark measured, per generator: medians in milliseconds.</summary>
internal sealed class DriverResult
{
    public int Files { get; init; }

    public int Patches { get; init; }

    public int Edits { get; init; }

    public int FirstRunProcesses { get; init; }

    /// <summary>The first RunGenerators in a fresh process, fresh compilation (JIT and first binding included).</summary>
    public required IReadOnlyDictionary<DriverSubject, double> FirstRunMilliseconds { get; init; }

    /// <summary>The same first runs in processor time (the process's, all threads).</summary>
    public required IReadOnlyDictionary<DriverSubject, double> FirstRunProcessorMilliseconds { get; init; }

    /// <summary>The process's processor time for RunGenerators after one edit: little affected by other work on the machine.</summary>
    public required IReadOnlyDictionary<DriverSubject, double> EditProcessorMilliseconds { get; init; }

    /// <summary>RunGenerators after one edit, wall time measured around the call.</summary>
    public required IReadOnlyDictionary<DriverSubject, double> EditMilliseconds { get; init; }

    /// <summary>InitOrder's tracked steps after an edit (the driver's own step timing), by tracking name.</summary>
    public required IReadOnlyDictionary<string, double> InitOrderStepMilliseconds { get; init; }

    /// <summary>InitOrder's edit time over the one-match baseline's, per edit (same edit, back to back), median.</summary>
    public double EditRatioToOneMatch { get; init; }

    /// <summary>The same ratio in processor time: the figure the 1.2x target is checked against.</summary>
    public double EditProcessorRatioToOneMatch { get; init; }

    /// <summary>The baseline package's generator over the one-match baseline, processor time, when it was driven.</summary>
    public double? BaselinePackageProcessorRatioToOneMatch { get; init; }
}
