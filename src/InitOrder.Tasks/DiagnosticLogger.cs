using InitOrder.Analysis;
using InitOrder.Analysis.Reports;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InitOrder.Tasks;

/// <summary>
/// Maps the verifier's violations and problems onto MSBuild errors, warnings and messages, each with its code, source
/// position and help link (<see cref="HelpLinks"/>; none while the package has no public documentation).
/// </summary>
internal static class DiagnosticLogger
{
    /// <param name="report">
    /// The Markdown report just written, named at the end of the first error: at minimal verbosity the errors are all a
    /// failing build shows, and the report explains each one step by step. Null when no report could be written.
    /// </param>
    public static void Log(TaskLoggingHelper log, VerificationResult result, string? report)
    {
        string? pointer = report is null ? null : " Report: " + report;
        foreach (var problem in result.Problems)
        {
            var location = problem.Location;
            string message = problem.Severity == ProblemSeverity.Error ? WithPointer(problem.Message, ref pointer) : problem.Message;
            Log(log, problem.Code, problem.Severity, problem.File, location?.Line ?? 0, location?.Column ?? 0, message);
        }

        foreach (var violation in result.Violations)
        {
            var location = violation.Location;
            Log(log, violation.Code, ProblemSeverity.Error, location?.FilePath, location?.Line ?? 0, location?.Column ?? 0, WithPointer(violation.Message, ref pointer));
        }

        // Accepted violations are in the reports with their justification; the log only mentions them at detailed verbosity.
        foreach (var accepted in result.Accepted)
        {
            log.LogMessage(MessageImportance.Low, "InitOrder: accepted {0} ({1}): {2}", accepted.Violation.Code, accepted.Justification, accepted.Violation.Message);
        }
    }

    public static void Log(TaskLoggingHelper log, string code, ProblemSeverity severity, string? file, int line, int column, string message)
    {
        string? helpLink = HelpLinks.For(code);
        switch (severity)
        {
            case ProblemSeverity.Error:
                log.LogError(null, code, null, helpLink, file, line, column, 0, 0, message);
                break;
            case ProblemSeverity.Warning:
                log.LogWarning(null, code, null, helpLink, file, line, column, 0, 0, message);
                break;
            default:
                log.LogMessage(null, code, null, file, line, column, 0, 0, MessageImportance.Normal, message);
                break;
        }
    }

    /// <summary>The first error gets the report's path; the pointer is used up.</summary>
    private static string WithPointer(string message, ref string? pointer)
    {
        string result = message + pointer;
        pointer = null;
        return result;
    }
}
