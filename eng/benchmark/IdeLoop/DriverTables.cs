using System.Linq;
using System.Text;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>The IDE-like benchmark's Markdown table.</summary>
internal static class DriverTables
{
    public static void Write(StringBuilder text, DriverResult result)
    {
        text.Append("| GeneratorDriver, ").Append(result.Files).Append(" files, ").Append(result.Patches).Append(" patches | First run, wall (median of ")
            .Append(result.FirstRunProcesses).Append(" fresh processes) | First run, processor | Per edit, wall (median of ").Append(result.Edits)
            .Append(" edits) | Per edit, processor |\n");
        text.Append("|---|--:|--:|--:|--:|\n");
        foreach (var subject in result.EditMilliseconds.Keys)
        {
            text.Append("| ").Append(Describe(subject)).Append(" | ").Append(Milliseconds(result.FirstRunMilliseconds[subject]))
                .Append(" | ").Append(Milliseconds(result.FirstRunProcessorMilliseconds[subject]))
                .Append(" | ").Append(Milliseconds(result.EditMilliseconds[subject]))
                .Append(" | ").Append(Milliseconds(result.EditProcessorMilliseconds[subject])).Append(" |\n");
        }

        text.Append("\nInitOrder per edit over the one-match baseline (median of per-edit ratios): ").Append(ResultTables.Ratio(result.EditProcessorRatioToOneMatch))
            .Append(" in processor time, ").Append(ResultTables.Ratio(result.EditRatioToOneMatch)).Append(" in wall time")
            .Append(result.BaselinePackageProcessorRatioToOneMatch is { } packaged ? " (baseline package: " + ResultTables.Ratio(packaged) + " in processor time)" : "")
            .Append(". InitOrder's steps per edit (driver's step times, medians): ")
            .Append(string.Join(", ", result.InitOrderStepMilliseconds.OrderBy(s => s.Key, System.StringComparer.Ordinal).Select(s => s.Key + " " + Milliseconds(s.Value))))
            .Append(".\n\n");
    }

    private static string Describe(DriverSubject subject) => subject switch
    {
        DriverSubject.InitOrder => "InitOrder (InitPatchGenerator)",
        DriverSubject.InitOrderBaselinePackage => "InitOrder, baseline package",
        DriverSubject.OneMatch => "Baseline: one ForAttributeWithMetadataName, same matches, name-only transform",
        _ => "Baseline: the same, attribute used nowhere",
    };

    private static string Milliseconds(double value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
