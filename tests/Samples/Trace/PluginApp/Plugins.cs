using System;
using System.IO;

namespace PluginApp;

public static class Plugins
{
    public static int Loaded;

    /// <summary>Hands the plugins folder to the plugin framework, which creates what it finds there.</summary>
    public static void LoadConfigured()
    {
        Loaded += PluginHost.PluginLoader.CreateAll(Path.Combine(AppContext.BaseDirectory, "plugins"));
    }
}
