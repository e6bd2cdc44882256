namespace OracleSemantics;

internal static class Preloaded
{
    public static readonly int Copy;

    static Preloaded()
    {
        Copy = RunClassConstructorTarget.Value;
    }
}
