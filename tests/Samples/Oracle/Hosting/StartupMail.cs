namespace OracleHosting;

/// <summary>The options patch's own target: the host it bound.</summary>
public static class StartupMail
{
    public static string Host = "";
}
