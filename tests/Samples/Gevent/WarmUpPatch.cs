#if EARLY_WARM_UP
using System;

namespace Gevent;

/// <summary>
/// The demo's third act (built with -p:EarlyWarmUp=true): a well-meant patch that runs before the greenlet patch
/// (Order = -1) and logs the registry. That initializes ThreadRegistry with the unpatched identity, as the module
/// initializer did in the first act; this time the build stops with INIT102 and the chain, before anything runs.
/// </summary>
internal static class WarmUpPatch
{
    [InitOrder.InitPatch(typeof(Telemetry), Order = -1)]
    internal static void LogRegistry()
    {
        Console.WriteLine($"[warm-up] {ThreadRegistry.Count} registered thread(s)");
    }
}
#endif
