namespace OracleSemantics;

internal static class GenericTypeCase
{
    // A value-type instantiation has its own code, so the oracle sees its static constructor compiled.
    public static int Run() => SettingsCache<int>.Value.Length;
}
