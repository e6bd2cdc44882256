using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using InitOrder.Tracing;

namespace InitOrder.Cli.Trace;

/// <summary>
/// Runs the command with the tracing environment. Environment variables rather than a diagnostics-client session:
/// every .NET process of the tree inherits them and starts tracing before its first managed instruction (a session
/// attaches after start-up, and only to a process it already knows the id of), and <c>{pid}</c> in the output path
/// gives each process its own file, on every OS.
/// </summary>
internal static class TracedRun
{
    /// <returns>The command's exit code and the traces its processes wrote.</returns>
    public static (int ExitCode, IReadOnlyList<string> Traces) Run(IReadOnlyList<string> command, string workingDirectory, string traceDirectory)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (string argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in OracleEnvironment.For(Path.Combine(traceDirectory, "trace-{pid}.nettrace")))
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException("'" + command[0] + "' did not start.");
        }
        catch (Win32Exception e)
        {
            throw new UsageException("Cannot start '" + command[0] + "': " + e.Message);
        }

        // Ctrl+C reaches the traced command too; initorder waits for it to stop and still reads what it wrote.
        ConsoleCancelEventHandler keepGoing = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += keepGoing;
        using (process)
        {
            try
            {
                process.WaitForExit();
            }
            finally
            {
                Console.CancelKeyPress -= keepGoing;
            }

            var traces = Directory.GetFiles(traceDirectory, "*.nettrace").OrderBy(File.GetLastWriteTimeUtc).ThenBy(p => p, StringComparer.Ordinal).ToList();
            return (process.ExitCode, traces);
        }
    }
}
