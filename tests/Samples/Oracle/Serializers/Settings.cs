namespace OracleSerializers;

/// <summary>Deserialized by Newtonsoft.Json, which constructs it and calls the setter by reflection.</summary>
public sealed class Settings
{
    private string _name = "";

    public string Name
    {
        get => _name;
        set => _name = NameRules.Prefix + value;
    }
}
