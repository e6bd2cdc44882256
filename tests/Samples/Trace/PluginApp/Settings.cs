namespace PluginApp;

public static class Settings
{
    public static string Mode = "default";
}
