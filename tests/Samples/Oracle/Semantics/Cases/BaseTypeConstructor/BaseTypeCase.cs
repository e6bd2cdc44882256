namespace OracleSemantics;

internal static class BaseTypeCase
{
    public static int Run() => new DerivedRecord().Read();
}
