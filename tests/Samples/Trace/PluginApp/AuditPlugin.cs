using System;

namespace PluginApp;

/// <summary>Created by name from configuration, so no IL names it: the build cannot see this constructor run.</summary>
public sealed class AuditPlugin
{
    public AuditPlugin()
    {
        Console.WriteLine("[plugin] audit mode: " + Settings.Mode);
    }
}
