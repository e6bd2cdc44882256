namespace SemanticsPlugins;

/// <summary>Global state of the library that the app's patch configures and the library's initializer reads.</summary>
public static class PluginRegistry
{
    public static string Mode = "default";

    public static string? ModeAtRegistration;
}
