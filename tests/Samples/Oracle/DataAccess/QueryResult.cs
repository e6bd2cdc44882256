namespace OracleDataAccess;

/// <summary>A start-up patch's own target: the order total the start-up query read.</summary>
public static class QueryResult
{
    public static string Value = "";
}
