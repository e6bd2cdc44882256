using OracleProbe;

namespace OracleAttributes;

/// <summary>
/// One patch per target. The class has no static state, so calling a patch runs nothing else; each patch logs its
/// start before it touches its target. The clean ones come right after the start-up code they pair with.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(ArchivePolicy), Order = 1)]
    internal static void PatchArchivePolicy() => ArchivePolicy.Shelf = PatchLog.Starting(nameof(ArchivePolicy), "B");

    [InitOrder.InitPatch(typeof(PurgeRules), Order = 3)]
    internal static void PatchPurgeRules() => PurgeRules.Age = PatchLog.Starting(nameof(PurgeRules), "7d");

    [InitOrder.InitPatch(typeof(AuditPolicy), Order = 20)]
    internal static void PatchAuditPolicy() => AuditPolicy.Level = PatchLog.Starting(nameof(AuditPolicy), "strict");

    [InitOrder.InitPatch(typeof(WarmRules), Order = 20)]
    internal static void PatchWarmRules() => WarmRules.Mode = PatchLog.Starting(nameof(WarmRules), "warm");

    [InitOrder.InitPatch(typeof(CaptionStyle), Order = 20)]
    internal static void PatchCaptionStyle() => CaptionStyle.Case = PatchLog.Starting(nameof(CaptionStyle), "upper");

    [InitOrder.InitPatch(typeof(Thermostat), Order = 20)]
    internal static void PatchThermostat() => Thermostat.Unit = PatchLog.Starting(nameof(Thermostat), "F");

    [InitOrder.InitPatch(typeof(PriceRules), Order = 20)]
    internal static void PatchPriceRules() => PriceRules.Currency = PatchLog.Starting(nameof(PriceRules), "CHF");

    [InitOrder.InitPatch(typeof(WeightRules), Order = 20)]
    internal static void PatchWeightRules() => WeightRules.Unit = PatchLog.Starting(nameof(WeightRules), "lb");

    [InitOrder.InitPatch(typeof(CircleRules), Order = 20)]
    internal static void PatchCircleRules() => CircleRules.Precision = PatchLog.Starting(nameof(CircleRules), "4");

    [InitOrder.InitPatch(typeof(SkuRules), Order = 20)]
    internal static void PatchSkuRules() => SkuRules.Prefix = PatchLog.Starting(nameof(SkuRules), "ART-");

    [InitOrder.InitPatch(typeof(CurrencyRules), Order = 20)]
    internal static void PatchCurrencyRules() => CurrencyRules.Length = PatchLog.Starting(nameof(CurrencyRules), "4");
}
