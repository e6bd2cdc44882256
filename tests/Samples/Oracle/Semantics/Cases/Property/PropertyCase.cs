namespace OracleSemantics;

internal static class PropertyCase
{
    public static int Run() => Settings.Current;
}
