using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InitOrder.Oracle.Tests.Fuzz;
using Xunit.Abstractions;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Differential fuzz: random small programs (dispatch, objects made elsewhere or in static fields, boxing, delegates,
/// <c>new T()</c>, <c>Activator</c>, a DI container, framework callbacks, dead branches) run under the oracle, and
/// the verifier must report every target that code before its patch really touched. False positives are counted
/// and printed, not failed. The same runs hold <c>initorder trace</c> to what each program printed. CI runs the fixed
/// seeds; thousands of cases:
/// <c>INITORDER_ORACLE_FUZZ_ITERATIONS=2000 dotnet test tests/InitOrder.Oracle.Tests --filter FullyQualifiedName~DifferentialFuzzTests</c>
/// (<c>INITORDER_ORACLE_FUZZ_SEED</c> picks another seed).
/// </summary>
public sealed class DifferentialFuzzTests(FuzzCampaign campaign, ITestOutputHelper output) : IClassFixture<FuzzCampaign>
{
    [Fact]
    public void Verifier_misses_nothing_that_random_programs_really_run_before_a_patch()
    {
        var totals = campaign.Totals;
        output.WriteLine(totals.Figure);
        WriteFindings(totals.Figure, totals.FalsePositives);

        Assert.True(totals.Misses.Count == 0, totals.Figure + "\n\n" + string.Join("\n\n", totals.Misses.Take(5).Select(m => "MISSED, " + m.Describe())));
        Assert.True(totals.TouchedPatches > 0 && totals.UntouchedPatches > 0, "The fuzz must produce both touched and untouched targets: " + totals.Figure);
    }

    /// <summary>
    /// Each case's target prints from its static constructor whether its patch had started; <c>initorder trace</c>,
    /// reading the same run, must report exactly the targets printed as initialized before (its earlier patch's
    /// target has no code, so the trace must report nothing there either).
    /// </summary>
    [Fact]
    public void The_trace_agrees_with_what_the_programs_print()
    {
        var totals = campaign.Totals;
        output.WriteLine(totals.Trace.ToString());

        Assert.True(totals.Trace.Judged == 2 * totals.Cases, "every case's two patch targets must be judged: " + totals.Trace);
        Assert.True(totals.Trace.Disagreements == 0, totals.Trace.ToString());
    }

    /// <summary>Where the last run's figure and false-positive chains are written (artifacts/ is ignored by git).</summary>
    public static string FindingsFile => Path.Combine(InitOrder.Tests.Shared.RepositoryPaths.Root, "artifacts", "oracle", "fuzz-false-positives.md");

    /// <summary>The false positives' first chains, for whoever works on precision: one line per finding, at most 500.</summary>
    private static void WriteFindings(string figure, IReadOnlyList<FuzzFinding> falsePositives)
    {
        var lines = falsePositives.Take(500).Select(f =>
            "- seed " + f.Seed + ", case " + f.Case.Number + ": " + string.Join(" -> ", f.Patch.Violations[0].Chain.Select(step => step.DisplayName)));
        Directory.CreateDirectory(Path.GetDirectoryName(FindingsFile)!);
        File.WriteAllText(FindingsFile, Samples.OracleMeasurement.Heading + figure + "\n\n" + string.Join("\n", lines) + "\n");
    }
}
