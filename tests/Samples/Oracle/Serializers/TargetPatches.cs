using OracleProbe;

namespace OracleSerializers;

/// <summary>
/// One patch per target. The class has no static state, so calling a patch runs nothing else; each patch logs its
/// start before it touches its target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(AuditClock), Order = 1)]
    internal static void PatchAuditClock() => AuditClock.Now = PatchLog.Starting(nameof(AuditClock), "2026-06-01");

    [InitOrder.InitPatch(typeof(StampInk), Order = 3)]
    internal static void PatchStampInk() => StampInk.Color = PatchLog.Starting(nameof(StampInk), "gold");

    [InitOrder.InitPatch(typeof(NameRules), Order = 10)]
    internal static void PatchNameRules() => NameRules.Prefix = PatchLog.Starting(nameof(NameRules), "svc-");

    [InitOrder.InitPatch(typeof(ProfileRules), Order = 10)]
    internal static void PatchProfileRules() => ProfileRules.Locale = PatchLog.Starting(nameof(ProfileRules), "CH");
}
