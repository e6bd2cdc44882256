namespace PluginApp;

internal static class Patches
{
    // Without PatchFirst the plugins load first, and the audit plugin reads Settings.Mode before Configure sets it.
#if PATCH_FIRST
    private const int PluginOrder = 1;
#else
    private const int PluginOrder = -1;
#endif

    [InitOrder.InitPatch(typeof(Plugins), Order = PluginOrder)]
    internal static void LoadPlugins() => Plugins.LoadConfigured();

    [InitOrder.InitPatch(typeof(Settings))]
    internal static void Configure() => Settings.Mode = "strict";
}
