namespace OracleHosting;

/// <summary>Never registered nor created: an IGreeter.Greet() call can never land here.</summary>
public sealed class LoudGreeter : IGreeter
{
    public string Greet() => Volume.Level + "!";
}
