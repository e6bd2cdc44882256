using System;

namespace OracleSemantics;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[semantics] patches applied: " + InitOrder.InitPatches.Applied.Count);
        Console.WriteLine("[semantics] early cases computed " + CaseResults.Total);
        Console.WriteLine("[semantics] plugins registered under mode " + SemanticsPlugins.PluginRegistry.ModeAtRegistration);
        return 0;
    }
}
