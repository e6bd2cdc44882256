using OracleProbe;

namespace OracleHosting;

/// <summary>
/// The Order-10 patches, one per target. The class has no static state, so calling a patch runs nothing else; each
/// patch logs its start before its store reaches the target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(Salutation), Order = 10)]
    internal static void PatchSalutation() => Salutation.Text = PatchLog.Starting(nameof(Salutation), "Hello (patched)");

    [InitOrder.InitPatch(typeof(Volume), Order = 10)]
    internal static void PatchVolume() => Volume.Level = PatchLog.Starting(nameof(Volume), "loud");

    [InitOrder.InitPatch(typeof(MailDefaults), Order = 10)]
    internal static void PatchMailDefaults() => MailDefaults.Suffix = PatchLog.Starting(nameof(MailDefaults), ":587");

    [InitOrder.InitPatch(typeof(ArchiveDefaults), Order = 10)]
    internal static void PatchArchiveDefaults() => ArchiveDefaults.Root = PatchLog.Starting(nameof(ArchiveDefaults), "/archive/");

    [InitOrder.InitPatch(typeof(AuditChannel), Order = 10)]
    internal static void PatchAuditChannel() => AuditChannel.Name = PatchLog.Starting(nameof(AuditChannel), "audit-patched");

    [InitOrder.InitPatch(typeof(SyslogChannel), Order = 10)]
    internal static void PatchSyslogChannel() => SyslogChannel.Name = PatchLog.Starting(nameof(SyslogChannel), "syslog-patched");
}
