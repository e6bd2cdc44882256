using System;
using System.IO;
using System.Linq;

namespace InitOrder.Cli.Trace;

/// <summary><c>initorder trace</c>: runs the command under the tracing environment, then reads what its processes did.</summary>
internal static class TraceCommand
{
    public static int Run(TraceOptions options, TextWriter output, string workingDirectory)
    {
        var assemblies = options.Assemblies.Select(a => Path.GetFullPath(Path.Combine(workingDirectory, a))).ToList();
        foreach (string missing in assemblies.Where(a => !File.Exists(a)))
        {
            throw new UsageException("--assembly '" + missing + "' does not exist.");
        }

        string traceDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "initorder-trace-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        try
        {
            var (exitCode, traces) = TracedRun.Run(options.Command, workingDirectory, traceDirectory);
            output.WriteLine("initorder: '" + options.Command[0] + "' exited with code " + exitCode + "; reading " + traces.Count + " trace(s).");
            using var analyzer = new TraceAnalyzer();
            var result = analyzer.Analyze(options.Command, exitCode, traces, assemblies, workingDirectory);
            TracePrinter.Print(result, output);
            if (options.ReportDirectory is { } directory)
            {
                foreach (string path in TraceReports.Write(result, Path.Combine(workingDirectory, directory)))
                {
                    output.WriteLine("Report: " + path);
                }
            }

            return result.ExitCode;
        }
        finally
        {
            TryDelete(traceDirectory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary trace is not worth failing the check for.
        }
    }
}
