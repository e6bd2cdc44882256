namespace OracleHosting;

/// <summary>The logging patch's own target: how many start-up entries reached the audit logger.</summary>
public static class StartupLog
{
    public static int Entries;
}
