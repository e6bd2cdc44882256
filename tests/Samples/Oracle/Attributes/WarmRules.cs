using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by Jobs.Warm, which InvokeByName invokes by its constant name: flagged.</summary>
public static class WarmRules
{
    public static readonly bool SawPatch;

    public static string Mode = "cold";

    static WarmRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(WarmRules));
    }
}
