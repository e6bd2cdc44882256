namespace OracleCodePages;

/// <summary>What the early warm-up saw; the warm-up patch's own target.</summary>
public static class ExportStatus
{
    public static string? WarmUpError;
}
