namespace OracleSerilog;

/// <summary>Start-up work that runs before logging is configured and uses the worker: the bug this sample shows.</summary>
internal static class CacheWarmUp
{
    [InitOrder.InitPatch(typeof(CacheState))]
    internal static void Prime()
    {
        Worker.Step("cache primed");
        CacheState.Primed = true;
    }
}
