namespace OracleSemantics;

internal sealed class Greeter : IGreeter
{
    public int Greet() => InterfaceDispatchTarget.Value;
}
