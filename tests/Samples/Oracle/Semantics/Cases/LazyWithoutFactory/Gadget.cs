namespace OracleSemantics;

internal sealed class Gadget
{
    public Gadget()
    {
        Size = LazyConstructedTarget.Value;
    }

    public int Size { get; }
}
