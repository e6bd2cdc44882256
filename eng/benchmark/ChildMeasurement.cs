using System;
using System.Diagnostics;
using System.IO;

namespace InitOrder.Benchmarks;

/// <summary>
/// The child side of a measurement: in a fresh process, run one workload on one file several times and
/// print one <see cref="RunResult"/> line per run. The first run is cold (JIT, first file reads).
/// </summary>
internal static class ChildMeasurement
{
    public static int Run(Workload workload, string path, int runs)
    {
        string reports = Path.Combine(Path.GetTempPath(), "initorder-benchmark-reports-" + Environment.ProcessId);
        try
        {
            for (int i = 0; i < runs; i++)
            {
                long before = ProcessMemory.StartRun();
                var stopwatch = Stopwatch.StartNew();
                string work = Execute(workload, path, reports);
                stopwatch.Stop();
                long peak = ProcessMemory.PeakSince(before);
                Console.WriteLine(new RunResult(stopwatch.Elapsed.TotalMilliseconds, peak, work).Format());
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

    private static string Execute(Workload workload, string path, string reports)
    {
        switch (workload)
        {
            case Workload.Analysis:
                var result = AnalysisWorkload.Run(path, reports);
                if (result.HasErrors)
                {
                    throw new InvalidOperationException("The analysis reported errors on " + path + "; the benchmark input must be clean.");
                }

                return result.Stats.MethodsAnalysed + " methods, " + result.Stats.Edges + " edges";
            case Workload.Cecil:
                var (instructions, members) = CecilWorkload.Run(path);
                return instructions + " instructions, " + members + " member operands";
            default:
                return FloorWorkload.Run(path) + " instructions";
        }
    }
}
