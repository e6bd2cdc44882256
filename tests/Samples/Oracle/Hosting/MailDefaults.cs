using OracleProbe;

namespace OracleHosting;

/// <summary>Read by MailSettings' setter, which the binder calls in an Order-0 patch: flagged.</summary>
public static class MailDefaults
{
    public static readonly bool SawPatch;

    public static string Suffix = ":25";

    static MailDefaults()
    {
        SawPatch = PatchLog.HasStarted(nameof(MailDefaults));
    }
}
