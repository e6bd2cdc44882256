namespace OracleAttributes;

/// <summary>A start-up patch's own target. ReadShape: the shape System.Text.Json read.</summary>
public static class LoadedShape
{
    public static string Text = "";
}
