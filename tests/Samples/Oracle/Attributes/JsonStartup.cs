namespace OracleAttributes;

/// <summary>Serializers that create what an attribute names: converters and a derived type.</summary>
internal static class JsonStartup
{
    [InitOrder.InitPatch(typeof(LoadedPrice), Order = 6)]
    internal static void ReadPrice() =>
        LoadedPrice.Text = System.Text.Json.JsonSerializer.Deserialize<Price>("9.5")!.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [InitOrder.InitPatch(typeof(LoadedWeight), Order = 7)]
    internal static void ReadWeight() =>
        LoadedWeight.Text = Newtonsoft.Json.JsonConvert.DeserializeObject<Weight>("250")!.Grams.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [InitOrder.InitPatch(typeof(LoadedShape), Order = 8)]
    internal static void ReadShape() =>
        LoadedShape.Text = System.Text.Json.JsonSerializer.Deserialize<Shape>("{\"$type\":\"circle\",\"Radius\":2}")!.Name;
}
