using System;
using InitOrder.Analysis;
using InitOrder.Cli.Trace;

namespace InitOrder.Cli.Tests.Trace;

/// <summary>The exit code keeps the traced command's own code visible unless the trace found something.</summary>
public sealed class TraceResultTests
{
    [Theory]
    [InlineData(0, null, 0)]
    [InlineData(3, null, 3)]
    [InlineData(0, ProblemSeverity.Warning, 0)]
    [InlineData(0, ProblemSeverity.Error, 1)]
    [InlineData(3, ProblemSeverity.Error, 1)]
    public void Exit_code_is_1_on_a_finding_and_the_command_s_own_code_otherwise(int commandExitCode, ProblemSeverity? finding, int expected)
    {
        var diagnostics = finding is { } severity
            ? new[] { new TraceDiagnostic(DiagnosticCodes.TouchedBeforePatch, severity, "m", null, 0, 0) }
            : Array.Empty<TraceDiagnostic>();
        var result = new TraceResult(new[] { "app" }, commandExitCode, Array.Empty<int>(), Array.Empty<TracedPatch>(), Array.Empty<TraceViolation>(), Array.Empty<string>(), 0, diagnostics);

        Assert.Equal(expected, result.ExitCode);
    }
}
