using System;
using OracleProbe;

namespace OracleEfCore;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[efcore] products at start-up: " + ShopCounts.Products + ", region " + ShopRules.Region);
        PatchLog.Print("efcore", nameof(ShopRules), ShopRules.SawPatch);
        return 0;
    }
}
