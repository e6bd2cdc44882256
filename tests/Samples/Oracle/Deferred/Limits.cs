namespace OracleDeferred;

/// <summary>A start-up patch's own target. CreateLazy: the limit Main reads.</summary>
public static class Limits
{
    public static System.Lazy<string> Current = new(() => "");
}
