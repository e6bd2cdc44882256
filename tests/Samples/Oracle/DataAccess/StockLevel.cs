using OracleProbe;

namespace OracleDataAccess;

/// <summary>Read by the callback the start-up pipeline executes: flagged.</summary>
public static class StockLevel
{
    public static readonly bool SawPatch;

    public static string Units = "12";

    static StockLevel()
    {
        SawPatch = PatchLog.HasStarted(nameof(StockLevel));
    }
}
