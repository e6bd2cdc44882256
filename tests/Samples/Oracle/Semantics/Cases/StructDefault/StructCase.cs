namespace OracleSemantics;

internal static class StructCase
{
    public static int Run()
    {
        Gauge gauge = default;
        return gauge.Read();
    }
}
