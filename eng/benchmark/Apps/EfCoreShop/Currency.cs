namespace EfCoreShop;

/// <summary>The later patch's target: only Main reads it, after every patch has run.</summary>
internal static class Currency
{
    public static string Symbol = Defaults.Symbol;
}
