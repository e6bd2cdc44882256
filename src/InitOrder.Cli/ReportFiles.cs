using System.Collections.Generic;
using System.IO;
using InitOrder.Analysis;
using InitOrder.Analysis.Reports;

namespace InitOrder.Cli;

/// <summary>Writes the same three reports, under the same names, as the build writes to obj/.</summary>
internal static class ReportFiles
{
    public const string JsonName = "InitOrder.report.json";
    public const string MarkdownName = "InitOrder.report.md";
    public const string SarifName = "InitOrder.report.sarif";

    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(VerificationResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        string json = Path.Combine(directory, JsonName);
        string markdown = Path.Combine(directory, MarkdownName);
        File.WriteAllText(json, ReportJsonWriter.Write(result));
        string sarif = Path.Combine(directory, SarifName);
        File.WriteAllText(markdown, ReportMarkdownWriter.Write(result));
        File.WriteAllText(sarif, ReportSarifWriter.Write(result));
        return new[] { json, markdown, sarif };
    }
}
