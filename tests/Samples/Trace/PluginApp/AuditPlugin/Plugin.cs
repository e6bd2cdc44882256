using System;

namespace AuditPlugin;

/// <summary>A plugin the app loads from its plugins folder at run time: no build of the app sees this code.</summary>
public sealed class Plugin
{
    public Plugin()
    {
        Console.WriteLine("[plugin] audit mode: " + PluginApp.Settings.Mode);
    }
}
