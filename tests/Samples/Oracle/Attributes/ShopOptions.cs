namespace OracleAttributes;

public sealed class ShopOptions
{
    [CurrencyCode]
    public string Currency { get; set; } = "";
}
