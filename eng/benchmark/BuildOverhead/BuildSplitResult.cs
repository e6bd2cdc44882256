using System.Collections.Generic;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>One compiler mode's clean builds of every variant: medians, and each part as the median of per-round differences.</summary>
internal sealed class BuildSplitResult
{
    public bool CompilerServer { get; init; }

    public required IReadOnlyDictionary<BuildVariant, double> CleanMilliseconds { get; init; }

    /// <summary>The Csc task's own time (MSBuild's performance summary) per variant, medians.</summary>
    public required IReadOnlyDictionary<BuildVariant, double> CompilerMilliseconds { get; init; }

    /// <summary>
    /// Each part's cost: the difference between a variant and the one before it, per round (the builds of a round run
    /// back to back), then the median. Keys: Generator, GeneratorAndAnalyzers (= the analyzers' part), Full (= the
    /// verifier's part); Without holds the whole package (Full minus Without).
    /// </summary>
    public required IReadOnlyDictionary<BuildVariant, double> PartMilliseconds { get; init; }

    /// <summary>The same parts measured on the Csc task alone (less noise from MSBuild start-up), medians of per-round differences.</summary>
    public required IReadOnlyDictionary<BuildVariant, double> CompilerPartMilliseconds { get; init; }

    /// <summary>
    /// Processor time (user + system) of each build's processes plus what the compiler server used meanwhile, medians:
    /// far less affected by other builds on the machine than wall time.
    /// </summary>
    public required IReadOnlyDictionary<BuildVariant, double> ProcessorMilliseconds { get; init; }

    public required IReadOnlyDictionary<BuildVariant, double> ProcessorPartMilliseconds { get; init; }

    public double ProcessorOverheadPercent { get; init; }

    public double? ChangeProcessorMilliseconds { get; init; }

    /// <summary>Median of per-round (Full / Without - 1), in percent.</summary>
    public double OverheadPercent { get; init; }

    public (double Low, double High) OverheadRangePercent { get; init; }

    /// <summary>The VerifyInitOrder task's own time in the Full builds, median.</summary>
    public double VerifierTaskMilliseconds { get; init; }

    /// <summary>The compiler's own /reportanalyzer times in one extra Full build; null when not reported.</summary>
    public required IReadOnlyDictionary<string, double?> ReportedMilliseconds { get; init; }

    /// <summary>The same for the baseline package, when one was given.</summary>
    public IReadOnlyDictionary<string, double?>? BaselineReportedMilliseconds { get; init; }

    /// <summary>The baseline package's overhead (median of per-round ratios), when one was given.</summary>
    public double? BaselineOverheadPercent { get; init; }

    /// <summary>This build's package minus the baseline's, clean build wall time, median of per-round differences.</summary>
    public double? ChangeMilliseconds { get; init; }

    /// <summary>The same on the Csc task's time.</summary>
    public double? ChangeCompilerMilliseconds { get; init; }

    public string LoadAtStart { get; init; } = "";

    public string LoadAtEnd { get; init; } = "";
}
