using InitOrder.Tracing.Metadata;

namespace InitOrder.Tracing;

/// <summary>
/// A method that ran before a patch and refers to one of its targets (or belongs to a target assembly).
/// <paramref name="Observed"/> is where the trace shows it first running (its stack), when the touch came from a trace.
/// </summary>
public sealed record Touch(MethodDescription Method, string Target, bool InAnalysedCode, ObservedMethod? Observed = null)
{
    /// <summary>True when <see cref="Target"/> is an assembly target rather than a type.</summary>
    public bool IsAssemblyTarget { get; init; }
}
