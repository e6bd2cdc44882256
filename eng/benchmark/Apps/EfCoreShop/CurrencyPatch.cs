namespace EfCoreShop;

internal static class CurrencyPatch
{
    [InitOrder.InitPatch(typeof(Currency), Order = 10)]
    internal static void UseEuro() => Defaults.Symbol = "€";
}
