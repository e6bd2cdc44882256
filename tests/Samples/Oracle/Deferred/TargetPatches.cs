using OracleProbe;

namespace OracleDeferred;

/// <summary>
/// One patch per target, each right after the start-up patch it pairs with. The class has no static state, so calling
/// a patch runs nothing else; each patch logs its start before it touches its target.
/// </summary>
internal static class TargetPatches
{
    [InitOrder.InitPatch(typeof(ExitRules), Order = 1)]
    internal static void PatchExitRules() => ExitRules.Text = PatchLog.Starting(nameof(ExitRules), "farewell");

    [InitOrder.InitPatch(typeof(ReadyRules), Order = 3)]
    internal static void PatchReadyRules() => ReadyRules.Text = PatchLog.Starting(nameof(ReadyRules), "set");

    [InitOrder.InitPatch(typeof(LimitRules), Order = 5)]
    internal static void PatchLimitRules() => LimitRules.Max = PatchLog.Starting(nameof(LimitRules), "20");

    [InitOrder.InitPatch(typeof(GreeterRules), Order = 7)]
    internal static void PatchGreeterRules() => GreeterRules.Name = PatchLog.Starting(nameof(GreeterRules), "member");

    [InitOrder.InitPatch(typeof(InvoiceRules), Order = 9)]
    internal static void PatchInvoiceRules() => InvoiceRules.Format = PatchLog.Starting(nameof(InvoiceRules), "fancy");
}
