namespace OracleSemantics;

internal static class GenericMethodCase
{
    public static int Run() => Factory.Create<Widget>().Size;
}
