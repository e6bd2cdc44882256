using System;
using System.Globalization;
using System.IO;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// Processor time from /proc (Linux): on a machine shared with other builds a build's wall time mostly measures the
/// others, while the processor time its processes used changes far less with load.
/// </summary>
internal static class ProcessorTime
{
    /// <summary>USER_HZ: the unit of /proc/*/stat times, 100 on every Linux this runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>
    /// User + system time of this process's children that have ended and been waited for, with all of theirs:
    /// a `dotnet build` child with its MSBuild nodes and compiler processes. Null off Linux.
    /// </summary>
    public static double? EndedChildrenMilliseconds() => Read("self", cutimeField: true);

    /// <summary>User + system time a running process (the compiler server) has used so far, or null.</summary>
    public static double? ProcessMilliseconds(int processId) => Read(processId.ToString(CultureInfo.InvariantCulture), cutimeField: false);

    private static double? Read(string process, bool cutimeField)
    {
        string path = Path.Combine("/proc", process, "stat");
        string stat;
        try
        {
            stat = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Fields after the command name (which may hold spaces) start at field 3; utime, stime, cutime, cstime are 14 to 17.
        string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
        int first = cutimeField ? 16 - 3 : 14 - 3;
        return (long.Parse(fields[first], CultureInfo.InvariantCulture) + long.Parse(fields[first + 1], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
    }
}
