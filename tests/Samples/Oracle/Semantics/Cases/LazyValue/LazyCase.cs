using System;

namespace OracleSemantics;

internal static class LazyCase
{
    private static readonly Lazy<int> s_total = new(() => LazyTarget.Value * 2);

    public static int Run() => s_total.Value;
}
