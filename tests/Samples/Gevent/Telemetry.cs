using System;
using System.Runtime.CompilerServices;

namespace Gevent;

/// <summary>Like `import threading` at the top of a module: an innocent initializer that touches the registry early.</summary>
internal static class Telemetry
{
    [ModuleInitializer]
    internal static void Init()
    {
        Console.WriteLine($"[telemetry] module initializer sees {ThreadRegistry.Count} registered thread(s)");
    }
}
