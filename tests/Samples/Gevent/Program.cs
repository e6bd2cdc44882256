using System;

namespace Gevent;

internal static class Program
{
    private static int Main()
    {
#if INITORDER
        Console.WriteLine("[main] patches applied by InitOrder: " + string.Join(", ", InitOrder.InitPatches.Applied));
#else
        // Without InitOrder the earliest place for the patch is the first line of Main:
        // too late, Telemetry's module initializer has already initialized the registry.
        GreenletPatch.Apply();
#endif
        Console.WriteLine("[main] working as thread " + ThreadIdentity.Current);
        ThreadRegistry.Shutdown();
        Console.WriteLine("[main] clean exit");
        return 0;
    }
}
