using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using InitOrder.Analysis.Reports;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// Damaged assemblies and PDBs (bit flips, truncation, corrupted metadata tables, heaps, method bodies and
/// headers) never make the verifier throw, fail internally (INIT299) or hang, and its reports are always
/// written. CI runs a fixed-seed sample; a longer run is one environment variable away:
/// <c>INITORDER_FUZZ_ITERATIONS=20000 dotnet test tests/InitOrder.Analysis.Tests --filter FullyQualifiedName~ReaderFuzzTests</c>
/// (<c>INITORDER_FUZZ_SEED</c> picks another sample).
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int DefaultIterations = 300;
    private const int DefaultSeed = 20250601;

    [Fact]
    public void Damaged_inputs_never_crash_or_hang_the_verifier()
    {
        int iterations = Setting("INITORDER_FUZZ_ITERATIONS", DefaultIterations);
        int seed = Setting("INITORDER_FUZZ_SEED", DefaultSeed);
        var corpus = FuzzCorpus.Instance;
        string folder = TestFolders.NewFolder("fuzz");
        var failures = new List<string>();
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            // One generator per case, so a failing case is reproduced by its seed and number alone.
            var random = new Random(unchecked(seed * 7919 + iteration));
            var file = corpus.Files[random.Next(corpus.Files.Count)];
            byte[] damaged = file.Mutator.Mutate(random, out string kind);
            string name = "case " + iteration + " (seed " + seed + "): " + kind + " in " + file.RelativePath;
            var request = corpus.WriteCase(folder, file, damaged);

            string? failure = BoundedRun.Run(() => Check(request), BoundedRun.HangBound, name);
            if (failure is not null)
            {
                failures.Add(name + ": " + failure);
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " of " + iterations + " damaged inputs broke the verifier:\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>Verifies and writes both reports; returns what went wrong, or null.</summary>
    private static string? Check(VerificationRequest request)
    {
        try
        {
            var result = Verifier.Verify(request);
            using var json = JsonDocument.Parse(ReportJsonWriter.Write(result));
            ReportMarkdownWriter.Write(result);
            var internalFailure = result.Problems.FirstOrDefault(p => p.Code == DiagnosticCodes.InternalFailure);
            return internalFailure?.Message;
        }
        catch (Exception e)
        {
            return "unhandled " + e;
        }
    }

    private static int Setting(string variable, int fallback)
    {
        string? text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        Assert.True(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0, variable + " must be a whole number, not '" + text + "'");
        return value;
    }
}
