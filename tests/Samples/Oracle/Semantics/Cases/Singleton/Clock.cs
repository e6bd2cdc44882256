namespace OracleSemantics;

internal sealed class Clock
{
    public static readonly Clock Instance = new();

    private Clock()
    {
        Offset = SingletonTarget.Value;
    }

    public int Offset { get; }
}
