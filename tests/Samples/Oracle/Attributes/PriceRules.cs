using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by PriceConverter's constructor, which System.Text.Json creates from Price's [JsonConverter]: flagged.</summary>
public static class PriceRules
{
    public static readonly bool SawPatch;

    public static string Currency = "EUR";

    static PriceRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(PriceRules));
    }
}
