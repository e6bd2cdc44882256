using System.Text.Json;
using InitOrder.Analysis.Reports;

namespace InitOrder.Analysis.Tests.Reports;

public sealed class JsonWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("C:\\dir\\file.cs", "C:\\\\dir\\\\file.cs")]
    [InlineData("line\nbreak\ttab\r", "line\\nbreak\\ttab\\r")]
    [InlineData("\u0001\u001f", "\\u0001\\u001f")]
    [InlineData("sep\u2028\u2029", "sep\\u2028\\u2029")]
    [InlineData("\u2192 caf\u00e9", "\u2192 caf\u00e9")]
    public void Escape_produces_valid_JSON_string_content(string value, string expected)
    {
        Assert.Equal(expected, JsonWriter.Escape(value));
        Assert.Equal(value, JsonSerializer.Deserialize<string>("\"" + JsonWriter.Escape(value) + "\""));
    }

    [Fact]
    public void Nested_objects_and_arrays_are_indented_and_parse()
    {
        var json = new JsonWriter();
        json.BeginObject();
        json.Property("name", "x");
        json.StringArray("empty", System.Array.Empty<string>());
        json.Name("items");
        json.BeginArray();
        json.BeginObject();
        json.Property("n", 1);
        json.Property("ok", true);
        json.Name("nothing");
        json.Null();
        json.EndObject();
        json.EndArray();
        json.EndObject();

        Assert.Equal("{\n  \"name\": \"x\",\n  \"empty\": [],\n  \"items\": [\n    {\n      \"n\": 1,\n      \"ok\": true,\n      \"nothing\": null\n    }\n  ]\n}\n", json.ToString());
        using var document = JsonDocument.Parse(json.ToString());
        Assert.Equal(1, document.RootElement.GetProperty("items")[0].GetProperty("n").GetInt32());
    }
}
