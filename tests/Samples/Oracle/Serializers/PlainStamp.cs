namespace OracleSerializers;

public sealed class PlainStamp : IStamp
{
    public string Text => "paid";
}
