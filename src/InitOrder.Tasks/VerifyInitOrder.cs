using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InitOrder.Analysis;
using InitOrder.Analysis.Reports;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace InitOrder.Tasks;

/// <summary>
/// Verifies after compilation that nothing running before an InitOrder patch touches the patch's
/// targets, writes the JSON and Markdown reports, and turns findings into build diagnostics.
/// </summary>
public sealed class VerifyInitOrder : Task
{
    public const string JsonReportName = "InitOrder.report.json";
    public const string MarkdownReportName = "InitOrder.report.md";
    public const string SarifReportName = "InitOrder.report.sarif";

    /// <summary>The compiled assembly (normally @(IntermediateAssembly)).</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>Compile references and copy-local implementation assemblies.</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>@(SourceRoot) items; the MappedPath metadata is what the PDB contains.</summary>
    public ITaskItem[] SourceRoots { get; set; } = Array.Empty<ITaskItem>();

    public string? ProjectDirectory { get; set; }

    [Required]
    public string ReportDirectory { get; set; } = "";

    /// <summary>Where the analysis keeps what it learns about the references between builds; empty keeps nothing (InitOrderCache=false).</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Where the verification is kept for the next build to reuse when nothing it read changed; empty verifies every time (InitOrderReuse=false).</summary>
    public string? ReuseDirectory { get; set; }

    [Output]
    public ITaskItem[] ReportFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        try
        {
            var result = Verifier.Verify(CreateRequest());
            string markdown = WriteReports(result);
            DiagnosticLogger.Log(Log, result, markdown);
        }
        catch (Exception e)
        {
            // Whatever happens, the user sees INIT299 rather than MSB4018 with a stack trace.
            LogDiagnostic(DiagnosticCodes.InternalFailure, ProblemSeverity.Error, AssemblyPath, 0, 0,
                "InitOrder's verifier failed unexpectedly: " + e.GetType().FullName + ": " + e.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private VerificationRequest CreateRequest()
    {
        var references = References.Select(r => r.ItemSpec).Where(p => !string.IsNullOrEmpty(p)).ToList();
        var roots = new List<SourceRootMapping>();
        foreach (var root in SourceRoots)
        {
            string mapped = root.GetMetadata("MappedPath");
            if (!string.IsNullOrEmpty(mapped))
            {
                roots.Add(new SourceRootMapping(root.ItemSpec, mapped));
            }
        }

        return new VerificationRequest(AssemblyPath, references, roots, string.IsNullOrEmpty(ProjectDirectory) ? null : ProjectDirectory)
        {
            // Empty, not null: the build turned it off.
            CacheDirectory = CacheDirectory ?? "",
            ReuseDirectory = ReuseDirectory ?? "",
        };
    }

    /// <returns>The Markdown report's path.</returns>
    private string WriteReports(VerificationResult result)
    {
        Directory.CreateDirectory(ReportDirectory);
        string json = Path.Combine(ReportDirectory, JsonReportName);
        string markdown = Path.Combine(ReportDirectory, MarkdownReportName);
        string sarif = Path.Combine(ReportDirectory, SarifReportName);
        File.WriteAllText(json, ReportJsonWriter.Write(result));
        File.WriteAllText(markdown, ReportMarkdownWriter.Write(result));
        File.WriteAllText(sarif, ReportSarifWriter.Write(result));
        ReportFiles = new ITaskItem[] { new TaskItem(json), new TaskItem(markdown), new TaskItem(sarif) };

        // The one line users see at normal verbosity; everything else is in the reports.
        Log.LogMessage(
            MessageImportance.Normal,
            "InitOrder: {0}: {1} patch(es), {2} initializer(s) checked, {3} violation(s){4}{6}. Report: {5}",
            result.AssemblyName,
            result.Patches.Count,
            result.Initializers.Count,
            result.Violations.Count,
            result.Accepted.Count == 0 ? "" : " (" + result.Accepted.Count + " accepted)",
            markdown,
            result.Stats.Reused ? " (the previous verification still holds: nothing it read changed)" : "");
        return markdown;
    }

    private void LogDiagnostic(string code, ProblemSeverity severity, string? file, int line, int column, string message) =>
        DiagnosticLogger.Log(Log, code, severity, file, line, column, message);
}
