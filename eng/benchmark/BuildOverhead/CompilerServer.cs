using System;
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

    /// <summary>Ends the server processes started with this pipe name (Linux: found through /proc).</summary>
    public void Stop(TextWriter log)
    {
        foreach (var process in Process.GetProcesses())
        {
            using (process)
            {
                string commandLine = Path.Combine("/proc", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "cmdline");
                try
                {
                    if (File.Exists(commandLine) && File.ReadAllText(commandLine).Contains(_pipeName, StringComparison.Ordinal))
                    {
                        log.WriteLine("  stopping the benchmark's compiler server (process " + process.Id + ")");
                        process.Kill();
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    // The process ended meanwhile, or is not ours to read.
                }
            }
        }
    }
}
