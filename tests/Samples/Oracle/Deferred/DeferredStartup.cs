using System;
using Microsoft.Extensions.DependencyInjection;
using NLog;

namespace OracleDeferred;

/// <summary>Start-up patches that leave code for later.</summary>
internal static class DeferredStartup
{
    [InitOrder.InitPatch(typeof(ExitHandlers), Order = 0)]
    internal static void RegisterExitHandler()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.WriteLine("[deferred] exit handler: " + ExitRules.Text);
        ExitHandlers.Count++;
    }

    [InitOrder.InitPatch(typeof(Callbacks), Order = 2)]
    internal static void StoreCallback() => Callbacks.OnReady = () => ReadyRules.Text;

    [InitOrder.InitPatch(typeof(Limits), Order = 4)]
    internal static void CreateLazy() => Limits.Current = new Lazy<string>(() => LimitRules.Max);

    [InitOrder.InitPatch(typeof(Services), Order = 6)]
    internal static void RegisterFactory() =>
        Services.Provider = new ServiceCollection().AddSingleton<IGreeter>(_ => new NamedGreeter(GreeterRules.Name)).BuildServiceProvider();

    [InitOrder.InitPatch(typeof(LogSetup), Order = 8)]
    internal static void ConfigureLogging()
    {
        LogManager.Setup().LoadConfiguration(builder => builder.ForLogger().WriteToConsole());
        LogManager.GetLogger("startup").Info("logging configured");
        LogSetup.Pending = new System.Collections.Generic.List<Invoice>();
    }
}
