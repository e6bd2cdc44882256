using System;
using System.Diagnostics;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis;

/// <summary>
/// Proves, after compilation, that nothing which runs before an InitOrder patch references what the
/// patch targets. Never throws: every failure becomes a <see cref="Problem"/> in the result.
/// </summary>
public static class Verifier
{
    public static VerificationResult Verify(VerificationRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var stopwatch = Stopwatch.StartNew();
        var run = new VerificationRun(request);
        try
        {
            run.Execute();
            var result = run.ToResult(stopwatch.ElapsedMilliseconds);
            run.SaveForReuse(result);
            return result;
        }
        catch (Exception e) when (e is BadImageFormatException || e is OverflowException)
        {
            // Metadata is read lazily, so damage deep in a table or blob can surface mid-analysis: still unreadable input.
            string assembly = new SourcePathMapper(request.SourceRoots, request.ProjectDirectory).ToReportPath(request.AssemblyPath);
            run.AddProblem(
                DiagnosticCodes.UnreadableAssembly,
                ProblemSeverity.Error,
                "Cannot verify '" + assembly + "': its metadata, or that of an assembly it references, is damaged (" + e.Message + ").");
        }
        catch (Exception e)
        {
            // Last line of defence: MSBuild must show a clear INIT299, never a task crash.
            run.AddProblem(
                DiagnosticCodes.InternalFailure,
                ProblemSeverity.Error,
                "InitOrder's verifier failed unexpectedly: " + e.GetType().FullName + ": " + e.Message);
        }

        return run.ToResult(stopwatch.ElapsedMilliseconds);
    }
}
