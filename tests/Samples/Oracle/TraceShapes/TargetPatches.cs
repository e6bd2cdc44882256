using OracleProbe;

namespace OracleTraceShapes;

/// <summary>The Order-10 patches; each logs its start before its store reaches the target.</summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(DeadTarget), Order = 10)]
    internal static void PatchDeadTarget() => DeadTarget.Value = int.Parse(PatchLog.Starting(nameof(DeadTarget), "2"), System.Globalization.CultureInfo.InvariantCulture);

    [InitOrder.InitPatch(typeof(Counter), Order = 10)]
    internal static void PatchCounter() => Counter.Value = int.Parse(PatchLog.Starting(nameof(Counter), "2"), System.Globalization.CultureInfo.InvariantCulture);
}
