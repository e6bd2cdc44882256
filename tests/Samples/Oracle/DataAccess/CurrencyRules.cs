using OracleProbe;

namespace OracleDataAccess;

/// <summary>Read by MoneyHandler.Parse, which Dapper calls for the start-up query: flagged.</summary>
public static class CurrencyRules
{
    public static readonly bool SawPatch;

    public static string Code = "EUR";

    static CurrencyRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(CurrencyRules));
    }
}
