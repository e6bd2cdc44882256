namespace OracleSemantics;

internal static class BeforeFieldInitCase
{
    public static int Run() => Limits.Maximum;
}
