namespace InitOrder.Benchmarks;

/// <summary>The three workloads on one generated assembly.</summary>
internal sealed class SyntheticResult
{
    public SyntheticResult(SyntheticShape shape, CaseResult analysis, CaseResult cecil, CaseResult floor)
    {
        Shape = shape;
        Analysis = analysis;
        Cecil = cecil;
        Floor = floor;
    }

    public SyntheticShape Shape { get; }

    public CaseResult Analysis { get; }

    public CaseResult Cecil { get; }

    public CaseResult Floor { get; }
}
