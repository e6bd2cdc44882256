namespace OracleAttributes;

/// <summary>Two public static methods; start-up invokes only Warm, by its constant name.</summary>
public static class Jobs
{
    public static string Warm() => "warmed " + WarmRules.Mode;

    public static string Purge() => "purged " + PurgeRules.Age;
}
