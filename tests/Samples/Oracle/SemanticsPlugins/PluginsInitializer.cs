using System.Runtime.CompilerServices;

namespace SemanticsPlugins;

/// <summary>Registers the library's plugins as soon as the assembly is used, under whatever mode is set then.</summary>
internal static class PluginsInitializer
{
    [ModuleInitializer]
    internal static void Register()
    {
        PluginRegistry.ModeAtRegistration = PluginRegistry.Mode;
    }
}
