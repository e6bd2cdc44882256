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

    public static string WithoutTime(string report) => Regex.Replace(report, "\"milliseconds\": \\d+", "\"milliseconds\": 0");
}
