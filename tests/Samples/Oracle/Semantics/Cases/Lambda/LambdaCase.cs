using System;

namespace OracleSemantics;

internal static class LambdaCase
{
    public static int Run()
    {
        Func<int> read = () => LambdaTarget.Value;
        return read();
    }
}
