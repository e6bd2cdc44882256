using System;
using Microsoft.Extensions.DependencyInjection;
using NLog;
using OracleProbe;

namespace OracleDeferred;

internal static class Program
{
    private static int Main()
    {
        // Every deferred piece of start-up code runs here, after every patch (the exit handler after Main).
        Console.WriteLine("[deferred] exit handlers: " + ExitHandlers.Count);
        Console.WriteLine("[deferred] callback: " + Callbacks.OnReady());
        Console.WriteLine("[deferred] lazy limit: " + Limits.Current.Value);
        Console.WriteLine("[deferred] greeter: " + Services.Provider!.GetRequiredService<IGreeter>().Greet());
        LogSetup.Pending.Add(new Invoice { Total = 12 });
        LogManager.GetLogger("main").Info("first invoice: {0}", LogSetup.Pending[0]);

        PatchLog.Print("deferred", nameof(ExitRules), ExitRules.SawPatch);
        PatchLog.Print("deferred", nameof(ReadyRules), ReadyRules.SawPatch);
        PatchLog.Print("deferred", nameof(LimitRules), LimitRules.SawPatch);
        PatchLog.Print("deferred", nameof(GreeterRules), GreeterRules.SawPatch);
        PatchLog.Print("deferred", nameof(InvoiceRules), InvoiceRules.SawPatch);
        LogManager.Shutdown();
        return 0;
    }
}
