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
/// and printed, not failed. CI runs the fixed seeds; thousands of cases:
/// <c>INITORDER_ORACLE_FUZZ_ITERATIONS=2000 dotnet test tests/InitOrder.Oracle.Tests --filter FullyQualifiedName~DifferentialFuzzTests</c>
/// (<c>INITORDER_ORACLE_FUZZ_SEED</c> picks another seed).
/// </summary>
public sealed class DifferentialFuzzTests(FuzzConsole console, ITestOutputHelper output) : IClassFixture<FuzzConsole>
{
    [Fact]
    public void Verifier_misses_nothing_that_random_programs_really_run_before_a_patch()
    {
        var settings = FuzzSettings.FromEnvironment();
        string root = Path.Combine(Path.GetTempPath(), "initorder-fuzz-" + Guid.NewGuid().ToString("N")[..12]);
        var misses = new List<FuzzFinding>();
        var falsePositives = new List<FuzzFinding>();
        int touched = 0, untouched = 0;
        try
        {
            foreach (int seed in settings.Seeds)
            {
                for (int first = 0; first < settings.Iterations; first += FuzzSettings.CasesPerProgram)
                {
                    var program = FuzzProgram.Create(seed, first, Math.Min(FuzzSettings.CasesPerProgram, settings.Iterations - first));
                    var result = FuzzRunner.Run(program, Path.Combine(root, seed + "-" + first));
                    misses.AddRange(result.Misses);
                    falsePositives.AddRange(result.FalsePositives);
                    touched += result.TouchedPatches;
                    untouched += result.UntouchedPatches;
                }
            }
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("INITORDER_KEEP_TEST_FOLDERS") != "1" && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }

        int cases = settings.Seeds.Length * settings.Iterations;
        string figure = string.Create(CultureInfo.InvariantCulture,
            $"{cases} cases (seeds {string.Join(", ", settings.Seeds)}): {misses.Count} missed patch(es); {falsePositives.Count} false positive(s) among {untouched} patches nothing touched first; {touched} patches touched first");
        console.Write(figure);
        output.WriteLine(figure);
        WriteFindings(figure, falsePositives);

        Assert.True(misses.Count == 0, figure + "\n\n" + string.Join("\n\n", misses.Take(5).Select(m => "MISSED, " + m.Describe())));
        Assert.True(touched > 0 && untouched > 0, "The fuzz must produce both touched and untouched targets: " + figure);
    }

    /// <summary>Where the last run's figure and false-positive chains are written (artifacts/ is ignored by git).</summary>
    public static string FindingsFile => Path.Combine(InitOrder.Tests.Shared.RepositoryPaths.Root, "artifacts", "oracle", "fuzz-false-positives.md");

    /// <summary>The false positives' first chains, for whoever works on precision: one line per finding, at most 500.</summary>
    private static void WriteFindings(string figure, IReadOnlyList<FuzzFinding> falsePositives)
    {
        var lines = falsePositives.Take(500).Select(f =>
            "- seed " + f.Seed + ", case " + f.Case.Number + ": " + string.Join(" -> ", f.Patch.Violations[0].Chain.Select(step => step.DisplayName)));
        Directory.CreateDirectory(Path.GetDirectoryName(FindingsFile)!);
        File.WriteAllText(FindingsFile, figure + "\n\n" + string.Join("\n", lines) + "\n");
    }
}
