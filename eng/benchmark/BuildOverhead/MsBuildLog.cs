using System.Globalization;
using System.Text.RegularExpressions;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>Reads the figures the benchmark needs out of MSBuild's console log.</summary>
internal static class MsBuildLog
{
    /// <summary>A task's total in the "Task Performance Summary" of <c>-clp:PerformanceSummary</c>.</summary>
    public static double? TaskMilliseconds(string log, string task)
    {
        var match = Regex.Match(log, @"^\s*(\d+)\s+ms\s+" + Regex.Escape(task) + @"\s+\d+\s+calls", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// A generator's or analyzer's time from the compiler's <c>/reportanalyzer</c> tables (<c>-p:ReportAnalyzer=true</c>):
    /// the line <c>0.680   38      Namespace.Type</c>. Seconds in the log, milliseconds here.
    /// </summary>
    public static double? ReportedMilliseconds(string log, string type)
    {
        var match = Regex.Match(log, @"^\s*(\d+(?:[.,]\d+)?)\s+<?\d+\s+" + Regex.Escape(type) + @"\b", RegexOptions.Multiline);
        if (!match.Success)
        {
            return null;
        }

        string seconds = match.Groups[1].Value.Replace(',', '.');
        return double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value * 1000 : null;
    }

    /// <summary>True when the detailed log says MSBuild skipped the target as up to date.</summary>
    public static bool SkippedAsUpToDate(string log, string target) =>
        log.Contains("Skipping target \"" + target + "\" because all output files are up-to-date", System.StringComparison.Ordinal);

    /// <summary>True when the target ran in this build.</summary>
    public static bool Ran(string log, string target) =>
        Regex.IsMatch(log, "^\\s*Target \"?" + Regex.Escape(target) + "\"?", RegexOptions.Multiline) && !SkippedAsUpToDate(log, target);
}
