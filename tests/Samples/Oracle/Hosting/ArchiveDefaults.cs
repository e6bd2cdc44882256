using OracleProbe;

namespace OracleHosting;

/// <summary>Read by ArchiveSettings' setter, bound only in Main: clean.</summary>
public static class ArchiveDefaults
{
    public static readonly bool SawPatch;

    public static string Root = "/srv/";

    static ArchiveDefaults()
    {
        SawPatch = PatchLog.HasStarted(nameof(ArchiveDefaults));
    }
}
