using OracleProbe;

namespace OracleHosting;

/// <summary>Read by AuditLogger.Log, which the logger factory calls in an Order-0 patch: flagged.</summary>
public static class AuditChannel
{
    public static readonly bool SawPatch;

    public static string Name = "audit";

    static AuditChannel()
    {
        SawPatch = PatchLog.HasStarted(nameof(AuditChannel));
    }
}
