namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// The consumer builds that split the package's overhead, each adding one part to the one before: the difference
/// between neighbours is that part's cost. The analyzers and the verifier need the attribute the generator adds,
/// so the parts are switched on in this order rather than one at a time.
/// </summary>
internal enum BuildVariant
{
    /// <summary>The same sources against a stand-in attribute, no package.</summary>
    Without,

    /// <summary>The package with its analyzers suppressed (every INIT0xx at severity none) and InitOrderVerify=false.</summary>
    Generator,

    /// <summary>The package with InitOrderVerify=false: generator and analyzers.</summary>
    GeneratorAndAnalyzers,

    /// <summary>The package as users get it.</summary>
    Full,

    /// <summary>
    /// Another build of the package (--baseline-package, e.g. packed from main), everything on: before and after a
    /// change measured in the same rounds, so the machine's load changes neither more than the other.
    /// </summary>
    Baseline,
}
