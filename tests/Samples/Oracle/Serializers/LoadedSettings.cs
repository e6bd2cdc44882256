namespace OracleSerializers;

/// <summary>A start-up patch's own target: the settings Newtonsoft.Json deserialized at start-up.</summary>
public static class LoadedSettings
{
    public static string Json = "";
}
