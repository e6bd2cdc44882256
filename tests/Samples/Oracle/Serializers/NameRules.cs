using OracleProbe;

namespace OracleSerializers;

/// <summary>Read by Settings' setter, which Newtonsoft.Json calls by reflection in an earlier patch: flagged.</summary>
public static class NameRules
{
    public static readonly bool SawPatch;

    public static string Prefix = "app-";

    static NameRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(NameRules));
    }
}
