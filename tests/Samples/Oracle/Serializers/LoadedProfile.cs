namespace OracleSerializers;

/// <summary>A start-up patch's own target: the profile System.Text.Json deserialized at start-up.</summary>
public static class LoadedProfile
{
    public static string Json = "";
}
