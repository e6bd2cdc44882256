using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis;

namespace InitOrder.Cli.Trace;

/// <summary>Everything one <c>initorder trace</c> found, for the console and the reports.</summary>
internal sealed record TraceResult(
    IReadOnlyList<string> Command,
    int CommandExitCode,
    IReadOnlyList<int> Processes,
    IReadOnlyList<TracedPatch> Patches,
    IReadOnlyList<TraceViolation> Violations,
    IReadOnlyList<string> PredictedNotSeen,
    int FrameworkTouches,
    IReadOnlyList<TraceDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ProblemSeverity.Error);

    /// <summary>1 when something was found; otherwise the traced command's own exit code.</summary>
    public int ExitCode => HasErrors ? ExitCodes.Failed : CommandExitCode;
}
