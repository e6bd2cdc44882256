namespace InitOrder.Benchmarks;

/// <summary>One measured run: wall time, the memory it added at its peak, and a size figure to show it did the work.</summary>
internal sealed class RunResult
{
    public RunResult(double milliseconds, long peakBytes, string work)
    {
        Milliseconds = milliseconds;
        PeakBytes = peakBytes;
        Work = work;
    }

    public double Milliseconds { get; }

    /// <summary>Peak resident memory during the run minus resident memory just before it.</summary>
    public long PeakBytes { get; }

    /// <summary>For example "14799 methods, 169909 edges" or "631031 instructions".</summary>
    public string Work { get; }

    /// <summary>One line on the child's standard output; <see cref="Parse"/> reads it back.</summary>
    public string Format() => "RESULT\t" + Milliseconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\t" + PeakBytes + "\t" + Work;

    public static RunResult? Parse(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 4 || parts[0] != "RESULT")
        {
            return null;
        }

        return new RunResult(double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3]);
    }
}
