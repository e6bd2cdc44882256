namespace OracleSerializers;

/// <summary>Deserialized by System.Text.Json in reflection mode.</summary>
public sealed class Profile
{
    private string _language = "";

    public string Language
    {
        get => _language;
        set => _language = value + "-" + ProfileRules.Locale;
    }
}
