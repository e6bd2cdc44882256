using OracleProbe;

namespace OracleAttributes;

/// <summary>Read by AuditedAttribute's constructor; InspectInvoice asks for Invoice's attributes: flagged.</summary>
public static class AuditPolicy
{
    public static readonly bool SawPatch;

    public static string Level = "basic";

    static AuditPolicy()
    {
        SawPatch = PatchLog.HasStarted(nameof(AuditPolicy));
    }
}
