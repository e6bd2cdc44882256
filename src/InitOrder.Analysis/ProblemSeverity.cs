namespace InitOrder.Analysis;

/// <summary>How loudly a problem is reported by the MSBuild task.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
    Message,
}
