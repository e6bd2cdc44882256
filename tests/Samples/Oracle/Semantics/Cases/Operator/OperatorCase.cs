namespace OracleSemantics;

internal static class OperatorCase
{
    public static int Run() => (new Money(1) + new Money(2)).Cents;
}
