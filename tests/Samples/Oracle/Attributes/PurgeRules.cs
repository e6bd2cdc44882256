using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by Jobs.Purge, a sibling of the invoked method that nothing runs: clean.</summary>
public static class PurgeRules
{
    public static readonly bool SawPatch;

    public static string Age = "30d";

    static PurgeRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(PurgeRules));
    }
}
