using System.IO;
using InitOrder.Analysis;
using InitOrder.Cli;

namespace InitOrder.Benchmarks;

/// <summary>
/// What <c>initorder check &lt;file&gt; --all-static-constructors --report &lt;dir&gt;</c> does, minus the
/// process start: the same request (references beside the file, the SDK's reference pack), the verifier,
/// the printed diagnostics and both reports.
/// </summary>
internal static class AnalysisWorkload
{
    public static VerificationResult Run(string path, string reportDirectory)
    {
        var options = new CheckOptions(path) { AllStaticConstructors = true, ReportDirectory = reportDirectory };
        var request = CheckCommand.CreateRequest(options, Path.GetDirectoryName(Path.GetFullPath(path))!, out _, out _);
        var result = Verifier.Verify(request);
        DiagnosticPrinter.Print(result, TextWriter.Null);
        ReportFiles.Write(result, reportDirectory);
        return result;
    }
}
