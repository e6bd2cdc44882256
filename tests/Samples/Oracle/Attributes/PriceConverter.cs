using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OracleAttributes;

/// <summary>System.Text.Json creates it from Price's [JsonConverter] in reflection mode.</summary>
public sealed class PriceConverter : JsonConverter<Price>
{
    private readonly string _currency = PriceRules.Currency;

    public override Price Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new() { Amount = reader.GetDecimal() };

    public override void Write(Utf8JsonWriter writer, Price value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Amount + " " + _currency);
}
