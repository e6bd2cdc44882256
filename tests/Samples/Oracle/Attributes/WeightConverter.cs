using System;
using Newtonsoft.Json;

namespace OracleAttributes;

/// <summary>Newtonsoft.Json creates it from Weight's [JsonConverter].</summary>
public sealed class WeightConverter : JsonConverter<Weight>
{
    private readonly string _unit = WeightRules.Unit;

    public override Weight ReadJson(JsonReader reader, Type objectType, Weight? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        new() { Grams = Convert.ToDouble(reader.Value) };

    public override void WriteJson(JsonWriter writer, Weight? value, JsonSerializer serializer) =>
        writer.WriteValue(value?.Grams + " " + _unit);
}
