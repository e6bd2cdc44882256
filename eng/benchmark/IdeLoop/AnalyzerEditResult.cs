using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>The analyzers' time per edit, medians in milliseconds, by where the edit was and which analyzers ran; and its table.</summary>
/// <param name="Milliseconds">Per edit, in edit order, so that two sets compare edit by edit.</param>
/// <param name="WholeCompilation">Processor time over the whole compilation, as a clean build runs the analyzers, per repetition.</param>
internal sealed record AnalyzerEditResult(
    int Files,
    int Patches,
    int Edits,
    IReadOnlyDictionary<(AnalyzerEditKind Kind, AnalyzerSet Set), IReadOnlyList<(double Wall, double Processor)>> Milliseconds,
    IReadOnlyDictionary<AnalyzerSet, IReadOnlyList<double>> WholeCompilation)
{
    public void Write(StringBuilder text)
    {
        text.Append("| Analyzers on the edited document, ").Append(Files).Append(" files, ").Append(Patches).Append(" patches (median of ").Append(Edits)
            .Append(" edits) | Edit in a file without a patch: wall | processor | Edit in a file with a patch: wall | processor |\n|---|--:|--:|--:|--:|\n");
        foreach (var set in AnalyzerSets.All)
        {
            var (without, with) = (Milliseconds[(AnalyzerEditKind.FileWithoutPatch, set)], Milliseconds[(AnalyzerEditKind.FileWithPatch, set)]);
            text.Append("| ").Append(AnalyzerSets.Describe(set)).Append(" | ").Append(Format(Statistics.Median(without.Select(t => t.Wall)))).Append(" | ").Append(Format(Statistics.Median(without.Select(t => t.Processor))))
                .Append(" | ").Append(Format(Statistics.Median(with.Select(t => t.Wall)))).Append(" | ").Append(Format(Statistics.Median(with.Select(t => t.Processor)))).Append(" |\n");
        }

        text.Append("\nDirectViolationAnalyzer, processor time per edit (medians of per-edit differences): over the minimal analyzer ")
            .Append(Format(Difference(AnalyzerEditKind.FileWithoutPatch, AnalyzerSet.Direct, AnalyzerSet.Minimal))).Append(" in a file without a patch, ")
            .Append(Format(Difference(AnalyzerEditKind.FileWithPatch, AnalyzerSet.Direct, AnalyzerSet.Minimal))).Append(" in a file with one; added to the other two ")
            .Append(Format(Difference(AnalyzerEditKind.FileWithoutPatch, AnalyzerSet.All, AnalyzerSet.Existing))).Append(" and ")
            .Append(Format(Difference(AnalyzerEditKind.FileWithPatch, AnalyzerSet.All, AnalyzerSet.Existing))).Append(" (target: at most 1 ms).\n\n");

        text.Append("| Analyzers over the whole compilation, as a clean build runs them (median of ").Append(WholeCompilation[AnalyzerSet.Empty].Count)
            .Append(" fresh compilations) | Processor time |\n|---|--:|\n");
        foreach (var set in AnalyzerSets.All)
        {
            text.Append("| ").Append(AnalyzerSets.Describe(set)).Append(" | ").Append(Format(Statistics.Median(WholeCompilation[set]))).Append(" |\n");
        }

        text.Append("\nDirectViolationAnalyzer over the whole compilation (medians of per-compilation differences): over the minimal analyzer ")
            .Append(Format(Statistics.Median(WholeCompilation[AnalyzerSet.Direct].Zip(WholeCompilation[AnalyzerSet.Minimal], (a, b) => a - b))))
            .Append(", added to the other two ")
            .Append(Format(Statistics.Median(WholeCompilation[AnalyzerSet.All].Zip(WholeCompilation[AnalyzerSet.Existing], (a, b) => a - b)))).Append(".\n\n");
    }

    private double Difference(AnalyzerEditKind kind, AnalyzerSet set, AnalyzerSet baseline)
        => Statistics.Median(Milliseconds[(kind, set)].Zip(Milliseconds[(kind, baseline)], (a, b) => a.Processor - b.Processor));

    private static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
