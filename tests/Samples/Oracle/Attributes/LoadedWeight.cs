namespace OracleAttributes;

/// <summary>A start-up patch's own target. ReadWeight: the weight Newtonsoft.Json read.</summary>
public static class LoadedWeight
{
    public static string Text = "";
}
