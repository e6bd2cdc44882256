using System;
using System.Collections.Generic;

namespace Gevent;

/// <summary>
/// Like Python's threading._active: its static constructor records the main thread under the identity that is
/// current at that moment, and shutdown removes the identity that is current then.
/// </summary>
public static class ThreadRegistry
{
    private static readonly Dictionary<int, string> s_active = new();

    static ThreadRegistry()
    {
        var id = ThreadIdentity.Current;
        s_active[id] = "MainThread";
        Console.WriteLine($"[registry] recorded MainThread as {id}");
    }

    public static int Count => s_active.Count;

    public static void Shutdown()
    {
        var id = ThreadIdentity.Current;
        Console.WriteLine($"[registry] shutdown: removing {id}");
        if (!s_active.Remove(id))
        {
            throw new KeyNotFoundException($"{id} is not a registered thread (registered: {string.Join(", ", s_active.Keys)})");
        }
    }
}
