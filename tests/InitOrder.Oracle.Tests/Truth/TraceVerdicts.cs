using System;
using InitOrder.Cli.Trace;

namespace InitOrder.Oracle.Tests.Truth;

/// <summary>
/// What <c>initorder trace</c> decides about a run the oracle already made: the command's own analysis (patches read
/// from the app, the touch rule, one INIT301 per patch target) on that run's trace, which the oracle recorded with the
/// environment the command sets. Reusing the run keeps the differential test within the suite's time.
/// </summary>
internal static class TraceVerdicts
{
    public static TraceResult Read(string assembly, string trace, string workingDirectory)
    {
        using var analyzer = new TraceAnalyzer();
        return analyzer.Analyze(new[] { "dotnet", assembly }, 0, new[] { trace }, Array.Empty<string>(), workingDirectory);
    }
}
