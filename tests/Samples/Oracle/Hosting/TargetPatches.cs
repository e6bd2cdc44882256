using OracleProbe;

namespace OracleHosting;

/// <summary>
/// The Order-10 patches, one per target. The class has no static state, so calling a patch runs nothing else; each
/// patch logs its start before it touches its target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(Salutation), Order = 10)]
    internal static void PatchSalutation()
    {
        PatchLog.Starting(nameof(Salutation));
        Salutation.Text = "Hello (patched)";
    }

    [InitOrder.InitPatch(typeof(Volume), Order = 10)]
    internal static void PatchVolume()
    {
        PatchLog.Starting(nameof(Volume));
        Volume.Level = "loud";
    }

    [InitOrder.InitPatch(typeof(MailDefaults), Order = 10)]
    internal static void PatchMailDefaults()
    {
        PatchLog.Starting(nameof(MailDefaults));
        MailDefaults.Suffix = ":587";
    }

    [InitOrder.InitPatch(typeof(ArchiveDefaults), Order = 10)]
    internal static void PatchArchiveDefaults()
    {
        PatchLog.Starting(nameof(ArchiveDefaults));
        ArchiveDefaults.Root = "/archive/";
    }

    [InitOrder.InitPatch(typeof(AuditChannel), Order = 10)]
    internal static void PatchAuditChannel()
    {
        PatchLog.Starting(nameof(AuditChannel));
        AuditChannel.Name = "audit-patched";
    }

    [InitOrder.InitPatch(typeof(SyslogChannel), Order = 10)]
    internal static void PatchSyslogChannel()
    {
        PatchLog.Starting(nameof(SyslogChannel));
        SyslogChannel.Name = "syslog-patched";
    }
}
