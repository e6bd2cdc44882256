using System.Text.Json.Serialization;

namespace OracleAttributes;

[JsonConverter(typeof(PriceConverter))]
public sealed class Price
{
    public decimal Amount { get; set; }
}
