using System.Text.RegularExpressions;
using InitOrder.Analysis.Reports;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Both reports of one result as text, with the one value allowed to differ between identical runs
/// (<c>stats.milliseconds</c>) blanked, so runs can be compared for equality.
/// </summary>
internal static class ReportSnapshot
{
    public static string Of(VerificationResult result) =>
        WithoutTime(ReportJsonWriter.Write(result)) + "\n---\n" + ReportMarkdownWriter.Write(result);

    /// <summary>
    /// Both reports without the JSON's stats: what a verification found, which a reused verification must report exactly
    /// as a fresh one (its stats say it was reused and what that cost).
    /// </summary>
    public static string Findings(VerificationResult result)
    {
        string json = ReportJsonWriter.Write(result);
        return json.Substring(0, json.IndexOf("\"stats\"", System.StringComparison.Ordinal)) + "\n---\n" + ReportMarkdownWriter.Write(result);
    }

    public static string WithoutTime(string report) => Regex.Replace(report, "\"milliseconds\": \\d+", "\"milliseconds\": 0");
}
