using OracleProbe;

namespace OracleSerializers;

/// <summary>
/// One patch per target. The class has no static state, so calling a patch runs nothing else; each patch logs its
/// start before it touches its target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(AuditClock), Order = 1)]
    internal static void PatchAuditClock()
    {
        PatchLog.Starting(nameof(AuditClock));
        AuditClock.Now = "2026-06-01";
    }

    [InitOrder.InitPatch(typeof(StampInk), Order = 3)]
    internal static void PatchStampInk()
    {
        PatchLog.Starting(nameof(StampInk));
        StampInk.Color = "gold";
    }

    [InitOrder.InitPatch(typeof(NameRules), Order = 10)]
    internal static void PatchNameRules()
    {
        PatchLog.Starting(nameof(NameRules));
        NameRules.Prefix = "svc-";
    }

    [InitOrder.InitPatch(typeof(ProfileRules), Order = 10)]
    internal static void PatchProfileRules()
    {
        PatchLog.Starting(nameof(ProfileRules));
        ProfileRules.Locale = "CH";
    }
}
