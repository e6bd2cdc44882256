using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>The real-app benchmark's Markdown: one row per app and package, the phases, and same-run ratios.</summary>
internal static class RealAppTables
{
    private static readonly string[] PhaseNames = { "load", "facts", "world", "explanation", "reuse", "reports" };

    public static void Write(StringBuilder text, IReadOnlyList<AppBuildResult> results, int rounds, int warmEdits)
    {
        text.Append("Real apps, ").Append(rounds).Append(" round(s); verifier time from each build's report (`stats.milliseconds`), medians. ")
            .Append("First build: clean, fresh MSBuild process. Rebuild, CI: after an edit of the app's own code, fresh process. ")
            .Append("Rebuild, warm node: ").Append(warmEdits).Append(" edits per round in one MSBuild process that already verified the app. ")
            .Append("Task: MSBuild's time for VerifyInitOrder (verifier, reports, logging). Peak memory: what the analysis adds, measured in a fresh process of the harness (warm run; the harness runs this repository's analysis, also on the baseline package's build of the app).\n\n");
        text.Append("| App | Package | Methods | Edges | Flagged | First build | Task | Rebuild, CI | Task | Rebuild, warm node | Peak memory | Assemblies read | Peak / read | References given |\n");
        text.Append("|---|---|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach (var result in results)
        {
            var last = result.WarmRebuilds.Concat(result.FirstBuilds.Select(b => b.Stats)).First();
            text.Append("| ").Append(result.App).Append(" | ").Append(result.Package)
                .Append(" | ").Append(last.Methods.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" | ").Append(last.Edges.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" | ").Append(last.Flagged ? "yes" : "no")
                .Append(" | ").Append(Ms(Statistics.Median(result.FirstBuilds.Select(b => b.Stats.Milliseconds))))
                .Append(" | ").Append(Ms(Statistics.Median(result.FirstBuilds.Select(b => b.TaskMilliseconds ?? double.NaN))))
                .Append(" | ").Append(Ms(Statistics.Median(result.ColdRebuilds.Select(b => b.Stats.Milliseconds))))
                .Append(" | ").Append(Ms(Statistics.Median(result.ColdRebuilds.Select(b => b.TaskMilliseconds ?? double.NaN))))
                .Append(" | ").Append(Ms(Statistics.Median(result.WarmRebuilds.Select(b => b.Milliseconds))))
                .Append(" | ").Append(ResultTables.Megabytes(Statistics.Median(result.InProcessWarm.Select(r => (double)r.PeakBytes))))
                .Append(" | ").Append(ResultTables.Megabytes(result.InProcessWarm.Select(r => (double)r.ReadBytes).FirstOrDefault()))
                .Append(" | ").Append(PeakPerRead(result.InProcessWarm))
                .Append(" | ").Append(ResultTables.Megabytes(result.InProcessWarm.Select(r => (double)r.ReferenceBytes).FirstOrDefault()))
                .Append(" |\n");
        }

        text.Append("\nPhases (ms, medians): first build and warm-node rebuild from the build's report; in process, the harness's cold and warm runs (tiered compilation off, as the `initorder` tool runs), with the reports' time.\n\n");
        text.Append("| App | Package | Build | ").Append(string.Join(" | ", PhaseNames)).Append(" |\n|---|---|---|").Append(string.Concat(PhaseNames.Select(_ => "--:|"))).Append('\n');
        foreach (var result in results)
        {
            PhaseRow(text, result, "first build", result.FirstBuilds.Select(b => b.Stats.Phases));
            PhaseRow(text, result, "rebuild, warm node", result.WarmRebuilds.Select(b => b.Phases));
            PhaseRow(text, result, "in process, cold", result.InProcessCold.Select(r => r.Phases));
            PhaseRow(text, result, "in process, warm", result.InProcessWarm.Select(r => r.Phases));
        }

        WriteRatios(text, results);
        text.Append('\n');
    }

    /// <summary>This build over each baseline (another package, or this one with the cache off), per app: medians of the same rounds.</summary>
    private static void WriteRatios(StringBuilder text, IReadOnlyList<AppBuildResult> results)
    {
        var pairs = results.Where(r => r.Package == "this build")
            .SelectMany(r => results.Where(b => b.App == r.App && b.Package != r.Package).Select(b => (After: r, Before: (AppBuildResult?)b)))
            .ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        text.Append("\nThis build ÷ baseline (verifier time, same rounds):\n\n| App | Baseline | First build | Rebuild, CI | Rebuild, warm node |\n|---|---|--:|--:|--:|\n");
        foreach (var (after, before) in pairs)
        {
            text.Append("| ").Append(after.App).Append(" | ").Append(before!.Package)
                .Append(" | ").Append(Ratio(after.FirstBuilds.Select(b => b.Stats.Milliseconds), before!.FirstBuilds.Select(b => b.Stats.Milliseconds)))
                .Append(" | ").Append(Ratio(after.ColdRebuilds.Select(b => b.Stats.Milliseconds), before.ColdRebuilds.Select(b => b.Stats.Milliseconds)))
                .Append(" | ").Append(Ratio(after.WarmRebuilds.Select(b => b.Milliseconds), before.WarmRebuilds.Select(b => b.Milliseconds)))
                .Append(" |\n");
        }
    }

    private static void PhaseRow(StringBuilder text, AppBuildResult result, string build, IEnumerable<IReadOnlyDictionary<string, double>> phases)
    {
        var list = phases.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append("| ").Append(result.App).Append(" | ").Append(result.Package).Append(" | ").Append(build);
        foreach (string name in PhaseNames)
        {
            var values = list.Where(p => p.ContainsKey(name)).Select(p => p[name]).ToList();
            text.Append(" | ").Append(values.Count == 0 ? "" : Statistics.Median(values).ToString("0.#", CultureInfo.InvariantCulture));
        }

        text.Append(" |\n");
    }

    private static string Ratio(IEnumerable<double> after, IEnumerable<double> before) =>
        ResultTables.Ratio(Statistics.Median(after) / Statistics.Median(before));

    private static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Peak memory over the bytes of the assemblies read (the issue's target is at most 3x).</summary>
    private static string PeakPerRead(IReadOnlyList<AppRun> runs)
    {
        double read = runs.Select(r => (double)r.ReadBytes).FirstOrDefault();
        return read > 0 ? (Statistics.Median(runs.Select(r => (double)r.PeakBytes)) / read).ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-";
    }
}
