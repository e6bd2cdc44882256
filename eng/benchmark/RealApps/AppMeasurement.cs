using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using InitOrder.Analysis;
using InitOrder.Cli;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>
/// The child side of the in-process measurement of one built app: the verifier on the assembly and the references the
/// build gave it, then the three reports, run several times in one fresh process (the first run cold). Prints one
/// <see cref="AppRun"/> line per run. What MSBuild cannot split out of its own process: the memory the analysis adds
/// at its peak and the time the reports take.
/// </summary>
internal static class AppMeasurement
{
    public const string Flag = "--measure-app";

    /// <param name="withCache">With the facts cache in a folder of this process (empty at the first run, so only the first run is cold), as the build has it.</param>
    public static int Run(string assembly, string referenceList, int runs, bool withCache)
    {
        var references = File.ReadAllLines(referenceList).Where(line => line.Length > 0).ToList();
        string reports = Path.Combine(Path.GetTempPath(), "initorder-benchmark-app-" + Environment.ProcessId);
        var request = new VerificationRequest(assembly, references, Array.Empty<SourceRootMapping>(), Path.GetDirectoryName(Path.GetDirectoryName(referenceList)))
        {
            CacheDirectory = withCache ? Path.Combine(reports, "cache") : null,
        };
        try
        {
            for (int i = 0; i < runs; i++)
            {
                long before = ProcessMemory.StartRun();
                var stopwatch = Stopwatch.StartNew();
                var result = Verifier.Verify(request);
                double verify = stopwatch.Elapsed.TotalMilliseconds;
                ReportFiles.Write(result, reports);
                double total = stopwatch.Elapsed.TotalMilliseconds;
                long peak = ProcessMemory.PeakSince(before);
                var phases = result.Stats.Phases.ToDictionary(p => p.Name, p => p.Milliseconds);
                phases["reports"] = total - verify;
                Console.WriteLine(new AppRun(verify, peak, result.Stats.MethodsAnalysed, result.Stats.Edges, phases, InputBytes(assembly, references), result.Stats.BytesRead).Format());
            }
        }
        finally
        {
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>What the verifier may read: the assembly and every reference it is given (it opens only those it needs).</summary>
    private static long InputBytes(string assembly, System.Collections.Generic.IEnumerable<string> references) =>
        new FileInfo(assembly).Length + references.Where(File.Exists).Sum(r => new FileInfo(r).Length);
}
