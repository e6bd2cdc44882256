using System;

namespace Gevent;

/// <summary>Like Python's threading.get_ident: who is "the current thread". Patching swaps the provider.</summary>
public static class ThreadIdentity
{
    public static Func<int> Provider { get; set; } = () => Environment.CurrentManagedThreadId;

    public static int Current => Provider();
}
