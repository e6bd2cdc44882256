using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InitOrder.Benchmarks.BuildOverhead;
using InitOrder.Benchmarks.IdeLoop;

namespace InitOrder.Benchmarks;

/// <summary>The issue's performance targets, each checked against this run's numbers.</summary>
internal static class TargetVerdicts
{
    public static void Write(StringBuilder text, IReadOnlyList<FileResult> files, IReadOnlyList<SyntheticResult> synthetic, DriverResult? driver, BuildOverheadResult? build)
    {
        text.Append("| Target | Measured | Met |\n|---|---|---|\n");
        foreach (var file in files)
        {
            Verdict(text, "Full analysis at least 5x faster than Cecil read + walk (" + file.Name + ")",
                "analysis takes " + ResultTables.Ratio(file.AnalysisOverCecil) + " of Cecil's time", file.AnalysisOverCecil <= 0.2);
            Verdict(text, "Within 3x of the raw decode floor (" + file.Name + ")",
                ResultTables.Ratio(file.AnalysisOverFloor) + " the floor", file.AnalysisOverFloor <= 3);
            Verdict(text, "Peak memory under 3x the file size (" + file.Name + ")",
                ResultTables.Megabytes(file.Analysis.PeakBytes) + " = " + ResultTables.Ratio(file.PeakOverFile) + " the file", file.PeakOverFile < 3);
        }

        if (synthetic.Count > 1)
        {
            var first = synthetic[0];
            var last = synthetic[^1];
            double sizeRatio = (double)last.Shape.Methods / first.Shape.Methods;
            double timeRatio = last.Analysis.MedianMilliseconds / first.Analysis.MedianMilliseconds;
            Verdict(text, "Time grows linearly (" + sizeRatio.ToString("0.#", CultureInfo.InvariantCulture) + "x size, at most about " + (sizeRatio + 1).ToString("0.#", CultureInfo.InvariantCulture) + "x time)",
                ResultTables.Ratio(timeRatio) + " time from " + first.Shape.Scale + "x to " + last.Shape.Scale + "x", timeRatio <= sizeRatio + 1);
            double worstPeak = synthetic.Max(s => s.Analysis.PeakBytes / s.Analysis.FileBytes);
            Verdict(text, "Peak memory under 3x the file size (synthetic)", "at most " + ResultTables.Ratio(worstPeak) + " the file", worstPeak < 3);
            Verdict(text, "No recursion that can overflow the stack",
                "the " + last.Shape.Scale + "x assembly's call chain is " + (last.Shape.Types * last.Shape.ChainMethods).ToString("N0", CultureInfo.InvariantCulture) + " methods deep and was analysed", true);
        }

        if (driver is not null)
        {
            Verdict(text, "Per edit within 1.2x of the one-match baseline (GeneratorDriver, processor time)", ResultTables.Ratio(driver.EditProcessorRatioToOneMatch), driver.EditProcessorRatioToOneMatch <= 1.2);
        }

        if (build is not null)
        {
            // A median of pairs that scatter far more than the target cannot say whether the target is met.
            var server = build.CompilerServer;
            bool conclusive = server.OverheadRangePercent.High - server.OverheadRangePercent.Low <= 6;
            text.Append("| Clean-build overhead under 3% with the compiler server | ").Append(ResultTables.Percent(server.OverheadPercent))
                .Append(" (rounds ").Append(ResultTables.Percent(server.OverheadRangePercent.Low)).Append(" to ").Append(ResultTables.Percent(server.OverheadRangePercent.High))
                .Append(") | ").Append(!conclusive ? "not decided: rounds scatter more than twice the target" : server.OverheadPercent < 3 ? "yes" : "**no**").Append(" |\n");
            text.Append("| Clean-build overhead with fresh compilers (reported, no target) | ").Append(ResultTables.Percent(build.FreshCompilers.OverheadPercent)).Append(" | n/a |\n");
            Verdict(text, "No-op rebuild runs neither the verifier nor any generator step",
                "InitOrderVerify " + (build.NoOpSkippedVerifier ? "skipped" : "ran") + ", CoreCompile " + (build.NoOpSkippedCompiler ? "skipped" : "ran"),
                build.NoOpSkippedVerifier && build.NoOpSkippedCompiler);
        }

        text.Append('\n');
    }

    private static void Verdict(StringBuilder text, string target, string measured, bool met) =>
        text.Append("| ").Append(target).Append(" | ").Append(measured).Append(" | ").Append(met ? "yes" : "**no**").Append(" |\n");
}
