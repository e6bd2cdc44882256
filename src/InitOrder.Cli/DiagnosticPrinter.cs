using System.IO;
using InitOrder.Analysis;

namespace InitOrder.Cli;

/// <summary>
/// Prints problems and violations in the order and canonical format the build's task logs them
/// (<c>file(line,col): error INIT101: message</c>), so editors and CI parse both alike.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(VerificationResult result, TextWriter output)
    {
        foreach (var problem in result.Problems)
        {
            Print(output, problem.Code, problem.Severity, problem.File, problem.Location?.Line ?? 0, problem.Location?.Column ?? 0, problem.Message);
        }

        foreach (var violation in result.Violations)
        {
            var location = violation.Location;
            Print(output, violation.Code, ProblemSeverity.Error, location?.FilePath, location?.Line ?? 0, location?.Column ?? 0, violation.Message);
        }

        foreach (var accepted in result.Accepted)
        {
            var location = accepted.Violation.Location;
            Print(output, accepted.Violation.Code, ProblemSeverity.Message, location?.FilePath, location?.Line ?? 0, location?.Column ?? 0,
                "accepted (" + accepted.Justification + "): " + accepted.Violation.Message);
        }
    }

    public static void Print(TextWriter output, string code, ProblemSeverity severity, string? file, int line, int column, string message)
    {
        string origin = file is null ? "" : line > 0 ? file + "(" + line + "," + column + "): " : file + ": ";
        output.WriteLine(origin + SeverityWord(severity) + " " + code + ": " + message);
    }

    // MSBuild shows messages without a severity word; "info" keeps every line in the same parseable shape.
    private static string SeverityWord(ProblemSeverity severity) => severity switch
    {
        ProblemSeverity.Error => "error",
        ProblemSeverity.Warning => "warning",
        _ => "info",
    };
}
