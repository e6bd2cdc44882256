namespace OracleAttributes;

/// <summary>A start-up patch's own target. ParseTemperature: the temperature TypeDescriptor's converter parsed.</summary>
public static class ParsedTemperature
{
    public static string Text = "";
}
