using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using InitOrder.Oracle.Tests.Truth;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// The fuzz programs of the configured seeds (<see cref="FuzzSettings"/>), each compiled, verified, run under the
/// oracle and traced once, however many tests read the totals. Prints the figures to the <c>dotnet test</c> console.
/// </summary>
public sealed class FuzzCampaign
{
    private readonly Lazy<FuzzTotals> _totals;

    public FuzzCampaign(IMessageSink messages)
    {
        _totals = new Lazy<FuzzTotals>(() => Run(FuzzSettings.FromEnvironment(), messages));
    }

    public FuzzTotals Totals => _totals.Value;

    private static FuzzTotals Run(FuzzSettings settings, IMessageSink messages)
    {
        string root = Path.Combine(Path.GetTempPath(), "initorder-fuzz-" + Guid.NewGuid().ToString("N")[..12]);
        var misses = new List<FuzzFinding>();
        var falsePositives = new List<FuzzFinding>();
        var trace = new TruthComparison(0, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
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
                    trace = trace.Add(result.Trace);
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
        messages.OnMessage(new DiagnosticMessage("[oracle fuzz] " + figure));
        messages.OnMessage(new DiagnosticMessage("[oracle fuzz] initorder trace: " + trace));
        return new FuzzTotals(cases, figure, misses, falsePositives, touched, untouched, trace);
    }
}
