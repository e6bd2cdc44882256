using System;

namespace OracleTraceShapes;

public static class LiveBranch
{
    public static int Run()
    {
        int total = 0;
        if (Environment.ProcessorCount > 0)
        {
            total += Counter.Value;
        }

        return total;
    }
}
