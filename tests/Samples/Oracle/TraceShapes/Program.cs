using System;
using OracleProbe;

namespace OracleTraceShapes;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[shapes] mode " + Startup.Mode + ", early total " + EarlyResult.Total);
        PatchLog.Print("shapes", nameof(Startup), Startup.SawPatch);
        PatchLog.Print("shapes", nameof(DeadTarget), DeadTarget.SawPatch);
        PatchLog.Print("shapes", nameof(Counter), Counter.SawPatch);
        return 0;
    }
}
