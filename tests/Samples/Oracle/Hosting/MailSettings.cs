namespace OracleHosting;

/// <summary>Bound from configuration in an Order-0 patch: the binder calls the setter by reflection.</summary>
public sealed class MailSettings
{
    private string _host = "";

    public string Host
    {
        get => _host;
        set => _host = value + MailDefaults.Suffix;
    }
}
