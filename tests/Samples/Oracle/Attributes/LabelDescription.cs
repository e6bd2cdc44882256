namespace OracleAttributes;

/// <summary>A start-up patch's own target. DescribeLabel: Label's caption as TypeDescriptor read it.</summary>
public static class LabelDescription
{
    public static string Text = "";
}
