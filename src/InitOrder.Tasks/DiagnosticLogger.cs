using InitOrder.Analysis;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InitOrder.Tasks;

/// <summary>
/// Maps the verifier's violations and problems onto MSBuild errors, warnings and messages, each with
/// its code, source position and a help link to the README section for that code.
/// </summary>
internal static class DiagnosticLogger
{
    public static void Log(TaskLoggingHelper log, VerificationResult result, string helpLinkBase)
    {
        foreach (var problem in result.Problems)
        {
            var location = problem.Location;
            Log(log, helpLinkBase, problem.Code, problem.Severity, problem.File, location?.Line ?? 0, location?.Column ?? 0, problem.Message);
        }

        foreach (var violation in result.Violations)
        {
            var location = violation.Location;
            Log(log, helpLinkBase, violation.Code, ProblemSeverity.Error, location?.FilePath, location?.Line ?? 0, location?.Column ?? 0, violation.Message);
        }

        // Accepted violations are in the reports with their justification; the log only mentions them at detailed verbosity.
        foreach (var accepted in result.Accepted)
        {
            log.LogMessage(MessageImportance.Low, "InitOrder: accepted {0} ({1}): {2}", accepted.Violation.Code, accepted.Justification, accepted.Violation.Message);
        }
    }

    public static void Log(TaskLoggingHelper log, string helpLinkBase, string code, ProblemSeverity severity, string? file, int line, int column, string message)
    {
        string helpLink = helpLinkBase + code.ToLowerInvariant();
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
}
