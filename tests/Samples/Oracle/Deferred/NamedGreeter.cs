namespace OracleDeferred;

public sealed class NamedGreeter(string name) : IGreeter
{
    public string Greet() => "hello " + name;
}
