namespace OracleSemantics;

internal static class ConversionCase
{
    public static int Run() => (int)new Meters(3.5);
}
