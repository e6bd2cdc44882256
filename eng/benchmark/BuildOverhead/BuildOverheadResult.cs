namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>What the consumer builds measured.</summary>
internal sealed class BuildOverheadResult
{
    public int Files { get; init; }

    public int Patches { get; init; }

    public int Repetitions { get; init; }

    public double CleanWithoutMilliseconds { get; init; }

    public double CleanWithMilliseconds { get; init; }

    /// <summary>The compiler task's own time (Csc in MSBuild's performance summary), clean builds, medians.</summary>
    public double CompilerWithoutMilliseconds { get; init; }

    public double CompilerWithMilliseconds { get; init; }

    public double NoOpWithoutMilliseconds { get; init; }

    public double NoOpWithMilliseconds { get; init; }

    /// <summary>The VerifyInitOrder task's own time in a clean build (median), from MSBuild's performance summary.</summary>
    public double VerifierMilliseconds { get; init; }

    /// <summary>InitOrder's generator's own time in a clean build, as the compiler reports it; null when it did not.</summary>
    public double? GeneratorMilliseconds { get; init; }

    /// <summary>InitOrder's analyzer (attribute misuse diagnostics) in the same build; null when not reported.</summary>
    public double? AnalyzerMilliseconds { get; init; }

    public bool NoOpSkippedVerifier { get; init; }

    public bool NoOpSkippedCompiler { get; init; }

    /// <summary>
    /// The median of the per-pair overheads: each repetition builds without, then with, back to back, so a
    /// change in machine load between repetitions cancels out of each pair.
    /// </summary>
    public double OverheadPercent { get; init; }

    /// <summary>The smallest and largest per-pair overhead, to show how noisy the machine was.</summary>
    public (double Low, double High) OverheadRangePercent { get; init; }
}
