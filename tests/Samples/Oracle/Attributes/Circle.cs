namespace OracleAttributes;

/// <summary>Named only in Shape's [JsonDerivedType]: System.Text.Json constructs it for the "circle" discriminator.</summary>
public sealed class Circle : Shape
{
    public Circle()
    {
        Name = "circle/" + CircleRules.Precision;
    }

    public double Radius { get; set; }
}
