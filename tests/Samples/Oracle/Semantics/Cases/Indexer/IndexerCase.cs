namespace OracleSemantics;

internal static class IndexerCase
{
    public static int Run() => new Row()[2];
}
