namespace OracleSerializers;

/// <summary>Created only in Main, after every patch: serializing an IStamp property at start-up never calls this getter.</summary>
public sealed class FancyStamp : IStamp
{
    public string Text => "paid in " + StampInk.Color;
}
