namespace OracleAttributes;

/// <summary>A start-up patch's own target. InvokeByName: what the invoked job returned.</summary>
public static class NamedInvocation
{
    public static string Text = "";
}
