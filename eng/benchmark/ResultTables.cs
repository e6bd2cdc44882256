using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InitOrder.Benchmarks.BuildOverhead;

namespace InitOrder.Benchmarks;

/// <summary>The benchmark's output: Markdown tables ready for eng/performance.md.</summary>
internal static class ResultTables
{
    public static void WriteFiles(StringBuilder text, IReadOnlyList<FileResult> files)
    {
        text.Append("| Input | Workload | Work | Median | Cold | Peak memory | Peak / file | ÷ Cecil | ÷ floor |\n");
        text.Append("|---|---|---|--:|--:|--:|--:|--:|--:|\n");
        foreach (var file in files)
        {
            string input = file.Name + " (" + Megabytes(file.Analysis.FileBytes) + ")";
            Row(text, input, "full analysis", file.Analysis, Ratio(file.PeakOverFile), Ratio(file.AnalysisOverCecil), Ratio(file.AnalysisOverFloor));
            Row(text, "", "Cecil read + walk", file.Cecil, Ratio(file.Cecil.PeakBytes / file.Cecil.FileBytes), "", "");
            Row(text, "", "SRM decode (floor)", file.Floor, Ratio(file.Floor.PeakBytes / file.Floor.FileBytes), "", "");
        }

        text.Append('\n');
    }

    public static void WriteSynthetic(StringBuilder text, IReadOnlyList<SyntheticResult> results)
    {
        text.Append("| Size | Methods | File | Analysis median | Time vs 1x | Peak memory | Memory vs 1x | Peak / file | Cecil | Floor | ÷ Cecil | ÷ floor |\n");
        text.Append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        var first = results[0].Analysis;
        foreach (var result in results)
        {
            var analysis = result.Analysis;
            text.Append("| ").Append(result.Shape.Scale).Append("x | ").Append(result.Shape.Methods.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" | ").Append(Megabytes(analysis.FileBytes))
                .Append(" | ").Append(Milliseconds(analysis.MedianMilliseconds))
                .Append(" | ").Append(Ratio(analysis.MedianMilliseconds / first.MedianMilliseconds))
                .Append(" | ").Append(Megabytes(analysis.PeakBytes))
                .Append(" | ").Append(Ratio(analysis.PeakBytes / first.PeakBytes))
                .Append(" | ").Append(Ratio(analysis.PeakBytes / analysis.FileBytes))
                .Append(" | ").Append(Milliseconds(result.Cecil.MedianMilliseconds))
                .Append(" | ").Append(Milliseconds(result.Floor.MedianMilliseconds))
                .Append(" | ").Append(Ratio(analysis.MedianMilliseconds / result.Cecil.MedianMilliseconds))
                .Append(" | ").Append(Ratio(analysis.MedianMilliseconds / result.Floor.MedianMilliseconds))
                .Append(" |\n");
        }

        text.Append('\n');
    }

    public static void WriteBuild(StringBuilder text, BuildOverheadResult build)
    {
        foreach (var split in new[] { build.CompilerServer, build.FreshCompilers })
        {
            WriteSplit(text, build, split);
        }

        text.Append("No-op rebuild (fresh compilers): ").Append(Seconds(build.NoOpWithoutMilliseconds)).Append(" without, ").Append(Seconds(build.NoOpWithMilliseconds))
            .Append(" with InitOrder; InitOrderVerify ").Append(build.NoOpSkippedVerifier ? "skipped" : "RAN")
            .Append("; CoreCompile ").Append(build.NoOpSkippedCompiler ? "skipped, so no generator step ran" : "RAN").Append(".\n\n");
    }

    private static void WriteSplit(StringBuilder text, BuildOverheadResult build, BuildSplitResult split)
    {
        text.Append("Clean builds, ").Append(split.CompilerServer ? "compiler server on (UseSharedCompilation=true, the default)" : "fresh compiler per build (UseSharedCompilation=false)")
            .Append(", ").Append(build.Files).Append(" files, ").Append(build.Patches).Append(" patches, ").Append(build.Repetitions)
            .Append(" rounds; load average ").Append(split.LoadAtStart).Append(" at the start, ").Append(split.LoadAtEnd).Append(" at the end.\n\n");
        text.Append("| Variant | Clean build (wall) | Csc task | Processor time | Part | Part's wall time | Part's Csc time | Part's processor time |\n");
        text.Append("|---|--:|--:|--:|---|--:|--:|--:|\n");
        foreach (var variant in split.CleanMilliseconds.Keys)
        {
            string part = variant switch
            {
                BuildVariant.Without => "the whole package",
                BuildVariant.Generator => "generator",
                BuildVariant.GeneratorAndAnalyzers => "analyzers",
                BuildVariant.Full => "verifier",
                _ => "",
            };
            text.Append("| ").Append(BuildVariants.Describe(variant)).Append(" | ").Append(Seconds(split.CleanMilliseconds[variant]))
                .Append(" | ").Append(Milliseconds(split.CompilerMilliseconds[variant])).Append(" | ").Append(Milliseconds(split.ProcessorMilliseconds[variant])).Append(" | ").Append(part)
                .Append(" | ").Append(split.PartMilliseconds.TryGetValue(variant, out var wall) ? Milliseconds(wall) : "")
                .Append(" | ").Append(split.CompilerPartMilliseconds.TryGetValue(variant, out var csc) ? Milliseconds(csc) : "")
                .Append(" | ").Append(split.ProcessorPartMilliseconds.TryGetValue(variant, out var processor) ? Milliseconds(processor) : "").Append(" |\n");
        }

        text.Append("\nParts are medians of per-round differences (a variant minus the one above it; \"the whole package\" is everything minus without). ")
            .Append("Overhead ").Append(Percent(split.OverheadPercent)).Append(" wall (median of per-round ratios; rounds ").Append(Percent(split.OverheadRangePercent.Low))
            .Append(" to ").Append(Percent(split.OverheadRangePercent.High)).Append("), ").Append(Percent(split.ProcessorOverheadPercent)).Append(" processor time. Own times: VerifyInitOrder task ").Append(Milliseconds(split.VerifierTaskMilliseconds));
        foreach (var (type, reported) in split.ReportedMilliseconds)
        {
            text.Append(", ").Append(type.Substring(type.LastIndexOf('.') + 1)).Append(' ').Append(reported is { } value ? Milliseconds(value) : "not reported");
        }

        text.Append(" (compiler's /reportanalyzer, median of three extra builds; \"not reported\": below its 1 ms resolution).\n\n");
        if (split.BaselineOverheadPercent is { } baseline)
        {
            text.Append("Baseline package in the same rounds: overhead ").Append(Percent(baseline)).Append("; this build minus the baseline ")
                .Append(Milliseconds(split.ChangeMilliseconds ?? double.NaN)).Append(" wall, ").Append(Milliseconds(split.ChangeCompilerMilliseconds ?? double.NaN))
                .Append(" Csc, ").Append(Milliseconds(split.ChangeProcessorMilliseconds ?? double.NaN)).Append(" processor time (medians of per-round differences). Baseline's own times:");
            foreach (var (type, reported) in split.BaselineReportedMilliseconds ?? new Dictionary<string, double?>())
            {
                text.Append(' ').Append(type.Substring(type.LastIndexOf('.') + 1)).Append(' ').Append(reported is { } value ? Milliseconds(value) : "not reported").Append(';');
            }

            text.Append("\n\n");
        }
    }

    private static void Row(StringBuilder text, string input, string workload, CaseResult result, string peakOverFile, string overCecil, string overFloor) =>
        text.Append("| ").Append(input).Append(" | ").Append(workload).Append(" | ").Append(result.Work)
            .Append(" | ").Append(Milliseconds(result.MedianMilliseconds)).Append(" | ").Append(Milliseconds(result.ColdMilliseconds))
            .Append(" | ").Append(Megabytes(result.PeakBytes)).Append(" | ").Append(peakOverFile)
            .Append(" | ").Append(overCecil).Append(" | ").Append(overFloor).Append(" |\n");

    public static string Percent(double value) => (value >= 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Milliseconds(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Megabytes(double bytes) => (bytes / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Ratio(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "n/a";
}
