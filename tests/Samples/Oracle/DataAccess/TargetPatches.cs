using OracleProbe;

namespace OracleDataAccess;

/// <summary>
/// One patch per target. The class has no static state, so calling a patch runs nothing else; each patch logs its
/// start before it touches its target, so the target's static constructor can tell.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(AlarmBell), Order = 1)]
    internal static void PatchAlarmBell()
    {
        PatchLog.Starting(nameof(AlarmBell));
        AlarmBell.Tone = "chime";
    }

    [InitOrder.InitPatch(typeof(LegacyRules), Order = 3)]
    internal static void PatchLegacyRules()
    {
        PatchLog.Starting(nameof(LegacyRules));
        LegacyRules.Code = "ATS";
    }

    [InitOrder.InitPatch(typeof(StockLevel), Order = 10)]
    internal static void PatchStockLevel()
    {
        PatchLog.Starting(nameof(StockLevel));
        StockLevel.Units = "40";
    }

    [InitOrder.InitPatch(typeof(CurrencyRules), Order = 10)]
    internal static void PatchCurrencyRules()
    {
        PatchLog.Starting(nameof(CurrencyRules));
        CurrencyRules.Code = "CHF";
    }
}
