namespace OracleAttributes;

/// <summary>A start-up patch's own target. ReadPrice: the price System.Text.Json read.</summary>
public static class LoadedPrice
{
    public static string Text = "";
}
