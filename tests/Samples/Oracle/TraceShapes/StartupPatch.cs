using System;
using OracleProbe;

namespace OracleTraceShapes;

internal static class StartupPatch
{
    // Only writes to the console: nothing of Startup runs before the app's own initializer does.
    [InitOrder.InitPatch(typeof(Startup), Order = -1)]
    internal static void Configure() => Console.WriteLine(PatchLog.Starting(nameof(Startup), "[shapes] patch ran"));
}
