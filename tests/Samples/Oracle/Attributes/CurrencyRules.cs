using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by CurrencyCodeAttribute.IsValid, which the options' DataAnnotations validation calls: flagged.</summary>
public static class CurrencyRules
{
    public static readonly bool SawPatch;

    public static string Length = "3";

    static CurrencyRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(CurrencyRules));
    }
}
