using System;

namespace OracleSemantics;

internal static class ExceptionFilterCase
{
    public static int Run()
    {
        try
        {
            throw new InvalidOperationException("filtered");
        }
        catch (InvalidOperationException) when (ExceptionFilterTarget.Value > 0)
        {
            return 1;
        }
    }
}
