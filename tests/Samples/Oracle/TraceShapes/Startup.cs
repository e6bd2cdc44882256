using System;
using System.Runtime.CompilerServices;
using OracleProbe;

namespace OracleTraceShapes;

/// <summary>The app's start-up class, with its own module initializer: it runs after every InitOrder patch.</summary>
public static class Startup
{
    public static readonly bool SawPatch;

    public static string Mode = "unset";

    static Startup()
    {
        SawPatch = PatchLog.HasStarted(nameof(Startup));
    }

    [ModuleInitializer]
    internal static void Init()
    {
        Mode = "initialized";
        Console.WriteLine("[shapes] main init ran");
    }
}
