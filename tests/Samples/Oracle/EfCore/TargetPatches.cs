using OracleProbe;

namespace OracleEfCore;

/// <summary>The patch on the target only Main reads, after the start-up patch that uses EF Core.</summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(ShopRules), Order = 1)]
    internal static void PatchShopRules() => ShopRules.Region = PatchLog.Starting(nameof(ShopRules), "ch");
}
