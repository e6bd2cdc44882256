namespace OracleSemantics;

internal static class SingletonCase
{
    public static int Run() => Clock.Instance.Offset;
}
