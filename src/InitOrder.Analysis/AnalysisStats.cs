namespace InitOrder.Analysis;

/// <summary>Size and cost of one verification; only the JSON report shows the time.</summary>
public sealed class AnalysisStats
{
    public AnalysisStats(int methodsAnalysed, int edges, long milliseconds)
    {
        MethodsAnalysed = methodsAnalysed;
        Edges = edges;
        Milliseconds = milliseconds;
    }

    public int MethodsAnalysed { get; }

    public int Edges { get; }

    public long Milliseconds { get; }
}
