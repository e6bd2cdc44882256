using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace InitOrder.Benchmarks;

/// <summary>The machine a table was measured on, as eng/performance.md states it.</summary>
internal static class MachineInfo
{
    public static string Describe() =>
        Environment.ProcessorCount + " cores" + CpuModel() + ", " + MemoryGigabytes() + " GB memory, " +
        RuntimeInformation.OSDescription + ", .NET " + Environment.Version;

    /// <summary>The 1-minute load average, so a reader can tell a busy machine's numbers; "n/a" off Linux.</summary>
    public static string LoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? File.ReadAllText(loadAverage).Split(' ')[0] : "n/a";
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        string? model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model is null ? "" : " (" + model + ")";
    }

    private static string MemoryGigabytes()
    {
        long bytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        const string memInfo = "/proc/meminfo";
        if (File.Exists(memInfo) && File.ReadLines(memInfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } line)
        {
            bytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }

        return (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    }
}
