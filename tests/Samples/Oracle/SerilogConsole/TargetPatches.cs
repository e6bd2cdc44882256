using OracleProbe;

namespace OracleSerilogConsole;

/// <summary>
/// One patch per target. The class has no static state, so calling a patch runs nothing else; each patch logs its
/// start before it touches its target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(Clock), Order = 1)]
    internal static void PatchClock() => Clock.Now = PatchLog.Starting(nameof(Clock), "10:00");

    [InitOrder.InitPatch(typeof(Carrier), Order = 10)]
    internal static void PatchCarrier() => Carrier.Name = PatchLog.Starting(nameof(Carrier), "courier");
}
