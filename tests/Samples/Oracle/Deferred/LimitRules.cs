using OracleProbe;

namespace OracleDeferred;

/// <summary>Read by the Lazy factory, whose Value only Main reads: clean.</summary>
public static class LimitRules
{
    public static readonly bool SawPatch;

    public static string Max = "10";

    static LimitRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(LimitRules));
    }
}
