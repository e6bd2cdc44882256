using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Benchmarks;

internal static class Statistics
{
    /// <summary>The middle value (the mean of the two middle ones for an even count); 0 for none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
