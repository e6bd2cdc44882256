namespace OracleSemantics;

internal static class Precise
{
    private static readonly int s_start;

    // Explicit: the type is not beforefieldinit, so calling any static method runs this first.
    static Precise()
    {
        s_start = ExplicitConstructorTarget.Value;
    }

    public static int Noop() => 0;

    public static int Start => s_start;
}
