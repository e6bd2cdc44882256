using System.Text.Json.Serialization;

namespace OracleAttributes;

[JsonDerivedType(typeof(Circle), "circle")]
public class Shape
{
    public string Name { get; set; } = "";
}
