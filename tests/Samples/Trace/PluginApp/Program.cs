using System;

namespace PluginApp;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[main] mode " + Settings.Mode + ", " + Plugins.Loaded + " plugin(s)");
        return 0;
    }
}
