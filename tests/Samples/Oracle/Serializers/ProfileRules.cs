using OracleProbe;

namespace OracleSerializers;

/// <summary>Read by Profile's setter, which System.Text.Json calls by reflection in an earlier patch: flagged.</summary>
public static class ProfileRules
{
    public static readonly bool SawPatch;

    public static string Locale = "en";

    static ProfileRules()
    {
        SawPatch = PatchLog.HasStarted(nameof(ProfileRules));
    }
}
