namespace OracleAttributes;

[Caption(Text = "price tag")]
public sealed class Label
{
}
