namespace OracleSemantics;

internal static class ExplicitConstructorCase
{
    // Noop reads no field; the static constructor runs because the type is precise.
    public static int Run() => Precise.Noop();
}
