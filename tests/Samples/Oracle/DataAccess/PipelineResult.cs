namespace OracleDataAccess;

/// <summary>A start-up patch's own target: the stock the start-up pipeline counted.</summary>
public static class PipelineResult
{
    public static string Value = "";
}
