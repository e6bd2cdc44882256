using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// This process's processor time with nanosecond resolution (clock_gettime, Linux). An edit costs a few milliseconds,
/// far less than a scheduler time slice on a loaded machine, so wall time would mostly measure the other builds.
/// </summary>
internal static class ProcessCpuClock
{
    private const int ProcessCpuTimeClock = 2; // CLOCK_PROCESS_CPUTIME_ID

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuTimeClock, out var time) == 0)
        {
            return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
        }

        // Elsewhere the coarser figure the runtime offers.
        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
