using OracleProbe;

namespace OracleDataAccess;

/// <summary>
/// One patch per target. The class has no static state, so calling a patch runs nothing else; each patch logs its
/// start before it touches its target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(AlarmBell), Order = 1)]
    internal static void PatchAlarmBell() => AlarmBell.Tone = PatchLog.Starting(nameof(AlarmBell), "chime");

    [InitOrder.InitPatch(typeof(LegacyRules), Order = 3)]
    internal static void PatchLegacyRules() => LegacyRules.Code = PatchLog.Starting(nameof(LegacyRules), "ATS");

    [InitOrder.InitPatch(typeof(StockLevel), Order = 10)]
    internal static void PatchStockLevel() => StockLevel.Units = PatchLog.Starting(nameof(StockLevel), "40");

    [InitOrder.InitPatch(typeof(CurrencyRules), Order = 10)]
    internal static void PatchCurrencyRules() => CurrencyRules.Code = PatchLog.Starting(nameof(CurrencyRules), "CHF");
}
