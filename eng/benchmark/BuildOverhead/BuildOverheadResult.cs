namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>What the consumer builds measured, with fresh compilers and with the compiler server.</summary>
internal sealed class BuildOverheadResult
{
    public int Files { get; init; }

    public int Patches { get; init; }

    public int Repetitions { get; init; }

    /// <summary>UseSharedCompilation=false: a new compiler process per build, as CI builds that disable the server.</summary>
    public required BuildSplitResult FreshCompilers { get; init; }

    /// <summary>UseSharedCompilation=true (the default developers get), on a server of the benchmark's own.</summary>
    public required BuildSplitResult CompilerServer { get; init; }

    public double NoOpWithoutMilliseconds { get; init; }

    public double NoOpWithMilliseconds { get; init; }

    public bool NoOpSkippedVerifier { get; init; }

    public bool NoOpSkippedCompiler { get; init; }
}
