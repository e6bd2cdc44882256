using OracleProbe;

namespace OracleDeferred;

/// <summary>Read by the DI factory, which only Main's resolve runs: clean.</summary>
public static class GreeterRules
{
    public static readonly bool SawPatch;

    public static string Name = "guest";

    static GreeterRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(GreeterRules));
    }
}
