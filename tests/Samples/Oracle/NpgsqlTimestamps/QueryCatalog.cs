namespace OracleNpgsql;

/// <summary>Prepared query metadata; the warm-up patch's own target.</summary>
public static class QueryCatalog
{
    public static string? CreatedAtType;
}
