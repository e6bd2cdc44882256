using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by SkuFormatAttribute.IsValid, which Validator.TryValidateObject calls: flagged.</summary>
public static class SkuRules
{
    public static readonly bool SawPatch;

    public static string Prefix = "SKU-";

    static SkuRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(SkuRules));
    }
}
