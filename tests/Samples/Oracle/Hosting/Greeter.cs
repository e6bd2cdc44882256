namespace OracleHosting;

/// <summary>Registered in the container; only the container constructs it, by reflection.</summary>
public sealed class Greeter : IGreeter
{
    private readonly string _text;

    public Greeter()
    {
        _text = Salutation.Text;
    }

    public string Greet() => _text;
}
