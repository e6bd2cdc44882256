namespace OracleHosting;

/// <summary>The DI patch's own target: what the resolved greeter said.</summary>
public static class StartupGreeting
{
    public static string Text = "";
}
