using OracleProbe;

namespace OracleDataAccess;

/// <summary>Read only by LegacyMoneyHandler, which nothing registers or creates before Main: clean.</summary>
public static class LegacyRules
{
    public static readonly bool SawPatch;

    public static string Code = "DEM";

    static LegacyRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(LegacyRules));
    }
}
