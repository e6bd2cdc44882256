using Newtonsoft.Json;

namespace OracleAttributes;

[JsonConverter(typeof(WeightConverter))]
public sealed class Weight
{
    public double Grams { get; set; }
}
