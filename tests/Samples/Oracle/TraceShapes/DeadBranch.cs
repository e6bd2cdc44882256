using System;

namespace OracleTraceShapes;

public static class DeadBranch
{
    public static int Run()
    {
        int total = 0;
        if (Environment.ProcessorCount < 0)
        {
            total += DeadTarget.Value;
        }

        return total;
    }
}
