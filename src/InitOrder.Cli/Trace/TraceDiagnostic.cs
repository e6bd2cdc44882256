using System.Collections.Generic;
using InitOrder.Analysis;
using InitOrder.Tracing;

namespace InitOrder.Cli.Trace;

/// <summary>One INIT3xx line of <c>initorder trace</c>, with the stack that led to it when there is one.</summary>
internal sealed record TraceDiagnostic(string Code, ProblemSeverity Severity, string Message, string? File, int Line, int Column)
{
    public IReadOnlyList<TraceFrame> Stack { get; init; } = System.Array.Empty<TraceFrame>();
}
