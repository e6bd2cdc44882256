using System;
using System.IO;

namespace InitOrder.Benchmarks;

/// <summary>
/// Resident memory of this process from /proc/self/status. Linux lets a process reset its own peak
/// (VmHWM) through /proc/self/clear_refs, so each run's peak is measured from where that run started.
/// </summary>
internal static class ProcessMemory
{
    public static bool IsAvailable => File.Exists("/proc/self/status");

    /// <summary>
    /// Starts a measured run from a compacted heap with memory given back, so its peak is its own; returns the resident
    /// memory to subtract (see <see cref="PeakSince"/>).
    /// </summary>
    public static long StartRun()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        ResetPeak();
        return ResidentBytes();
    }

    /// <summary>The memory a run added at its peak, from what <see cref="StartRun"/> returned.</summary>
    public static long PeakSince(long before) => Math.Max(0, PeakResidentBytes() - before);

    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // Without the reset the peak is the process's lifetime peak: an overestimate, never an underestimate.
        }
    }

    public static long ResidentBytes() => Read("VmRSS:");

    public static long PeakResidentBytes() => Read("VmHWM:");

    private static long Read(string field)
    {
        if (!IsAvailable)
        {
            return Environment.WorkingSet;
        }

        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                string kilobytes = line.Substring(field.Length).Trim().Split(' ')[0];
                return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
