namespace OracleSemantics;

internal sealed class Widget
{
    public Widget()
    {
        Size = GenericMethodTarget.Value;
    }

    public int Size { get; }
}
