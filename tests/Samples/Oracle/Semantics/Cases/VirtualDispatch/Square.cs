namespace OracleSemantics;

internal sealed class Square : Shape
{
    public override int Area() => VirtualDispatchTarget.Value * 4;
}
