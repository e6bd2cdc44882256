namespace OracleAttributes;

public sealed class StockItem
{
    [SkuFormat]
    public string Sku { get; set; } = "";
}
