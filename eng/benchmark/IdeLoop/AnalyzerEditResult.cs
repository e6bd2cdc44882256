using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>The analyzers' time per edit, medians in milliseconds, by where the edit was and which analyzers ran; and its table.</summary>
internal sealed record AnalyzerEditResult(int Files, int Patches, int Edits, IReadOnlyDictionary<(AnalyzerEditKind Kind, AnalyzerSet Set), (double Wall, double Processor)> Milliseconds)
{
    public void Write(StringBuilder text)
    {
        text.Append("| Analyzers on the edited document, ").Append(Files).Append(" files, ").Append(Patches).Append(" patches (median of ").Append(Edits)
            .Append(" edits) | Edit in a file without a patch: wall | processor | Edit in a file with a patch: wall | processor |\n|---|--:|--:|--:|--:|\n");
        foreach (var set in AnalyzerSets.All)
        {
            var (without, with) = (Milliseconds[(AnalyzerEditKind.FileWithoutPatch, set)], Milliseconds[(AnalyzerEditKind.FileWithPatch, set)]);
            text.Append("| ").Append(AnalyzerSets.Describe(set)).Append(" | ").Append(Format(without.Wall)).Append(" | ").Append(Format(without.Processor))
                .Append(" | ").Append(Format(with.Wall)).Append(" | ").Append(Format(with.Processor)).Append(" |\n");
        }

        text.Append("\nDirectViolationAnalyzer over the empty analyzer, processor time: ")
            .Append(Format(Milliseconds[(AnalyzerEditKind.FileWithoutPatch, AnalyzerSet.Direct)].Processor - Milliseconds[(AnalyzerEditKind.FileWithoutPatch, AnalyzerSet.Empty)].Processor))
            .Append(" per edit in a file without a patch, ")
            .Append(Format(Milliseconds[(AnalyzerEditKind.FileWithPatch, AnalyzerSet.Direct)].Processor - Milliseconds[(AnalyzerEditKind.FileWithPatch, AnalyzerSet.Empty)].Processor))
            .Append(" in a file with one (target: at most 1 ms).\n\n");
    }

    private static string Format(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
