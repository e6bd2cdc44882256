using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace InitOrder.Benchmarks;

/// <summary>
/// The parent side of a measurement: starts this program again with <c>--measure</c> once per process
/// wanted, so every case starts from a fresh runtime and its memory is its own.
/// </summary>
internal static class ChildRunner
{
    public static CaseResult Measure(string input, Workload workload, string path, int processes, int runsPerProcess)
    {
        var cold = new List<RunResult>();
        var warm = new List<RunResult>();
        for (int p = 0; p < processes; p++)
        {
            var runs = RunChild(workload, path, runsPerProcess);
            cold.Add(runs[0]);
            warm.AddRange(runs.GetRange(1, runs.Count - 1));
        }

        return new CaseResult(input, workload, new FileInfo(path).Length, cold, warm);
    }

    private static List<RunResult> RunChild(Workload workload, string path, int runs) =>
        Run(new[] { "--measure", workload.ToString(), path, "--runs", runs.ToString() }, RunResult.Parse, runs, workload + " on " + path);

    /// <summary>
    /// Runs this program again with <paramref name="arguments"/> and reads back the result lines <paramref name="parse"/>
    /// recognizes; throws unless it exits cleanly with <paramref name="expected"/> of them.
    /// </summary>
    public static List<T> Run<T>(IEnumerable<string> arguments, Func<string, T?> parse, int expected, string what)
        where T : class
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ChildRunner).Assembly.Location);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var error = process.StandardError.ReadToEndAsync();
        var results = new List<T>();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            if (parse(line) is { } result)
            {
                results.Add(result);
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || results.Count != expected)
        {
            throw new InvalidOperationException(what + " failed (exit " + process.ExitCode + "):\n" + error.Result);
        }

        return results;
    }

    /// <summary>The dotnet host this harness runs under, so children use the same runtime.</summary>
    public static string DotNetHost()
    {
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
