using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by ArchivedAttribute's constructor, applied to Ledger, whose attributes nothing inspects: clean.</summary>
public static class ArchivePolicy
{
    public static readonly bool SawPatch;

    public static string Shelf = "A";

    static ArchivePolicy()
    {
        SawPatch = PatchLog.HasStarted(nameof(ArchivePolicy));
    }
}
