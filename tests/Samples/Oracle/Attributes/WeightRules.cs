using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by WeightConverter's constructor, which Newtonsoft.Json creates from Weight's [JsonConverter]: flagged.</summary>
public static class WeightRules
{
    public static readonly bool SawPatch;

    public static string Unit = "kg";

    static WeightRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(WeightRules));
    }
}
