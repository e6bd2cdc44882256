using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// A compiler server of the benchmark's own (its own pipe name), so no other build on the machine shares it, and the
/// benchmark can stop exactly the server it started, rather than every server with `dotnet build-server shutdown`.
/// </summary>
internal sealed class CompilerServer
{
    private readonly string _pipeName = "initorder-benchmark-" + Guid.NewGuid().ToString("N").Substring(0, 12);

    public string[] BuildArguments => new[] { "-nodeReuse:false", "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + _pipeName };

    /// <summary>Processor time the server processes have used so far (0 before the first build starts one).</summary>
    public double ProcessorMilliseconds()
    {
        double total = 0;
        foreach (int id in ServerProcessIds())
        {
            total += ProcessorTime.ProcessMilliseconds(id) ?? 0;
        }

        return total;
    }

    /// <summary>Ends the server processes started with this pipe name (Linux: found through /proc).</summary>
    public void Stop(TextWriter log)
    {
        foreach (int id in ServerProcessIds())
        {
            try
            {
                using var process = Process.GetProcessById(id);
                log.WriteLine("  stopping the benchmark's compiler server (process " + id + ")");
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // It ended meanwhile.
            }
        }

        // On Unix the server listens on a socket file named after the pipe; a killed server leaves it behind.
        string socket = Path.Combine(Path.GetTempPath(), _pipeName);
        if (File.Exists(socket))
        {
            File.Delete(socket);
        }
    }

    private List<int> ServerProcessIds()
    {
        var ids = new List<int>();
        foreach (var process in Process.GetProcesses())
        {
            using (process)
            {
                string commandLine = Path.Combine("/proc", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "cmdline");
                try
                {
                    if (process.Id != Environment.ProcessId && File.Exists(commandLine) && File.ReadAllText(commandLine).Contains(_pipeName, StringComparison.Ordinal))
                    {
                        ids.Add(process.Id);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The process ended meanwhile, or is not ours to read.
                }
            }
        }

        return ids;
    }
}
