namespace OracleTraceShapes;

/// <summary>What the start-up work computed; its patch's own target.</summary>
public static class EarlyResult
{
    public static int Total;
}
