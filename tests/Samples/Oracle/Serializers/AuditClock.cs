using OracleProbe;

namespace OracleSerializers;

/// <summary>Read only by AuditKey, which only Main creates: clean although Newtonsoft.Json serializes an AuditEntry first.</summary>
public static class AuditClock
{
    public static readonly bool SawPatch;

    public static string Now = "2026-01-01";

    static AuditClock()
    {
        SawPatch = PatchLog.HasStarted(nameof(AuditClock));
    }
}
