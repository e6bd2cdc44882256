using System;

namespace Gevent;

/// <summary>Like gevent.monkey.patch_thread(): thread identity now comes from greenlets.</summary>
internal static class GreenletPatch
{
    public const int GreenletIdBase = 1000;

#if INITORDER
    [InitOrder.InitPatch(typeof(ThreadRegistry))]
#endif
    internal static void Apply()
    {
        ThreadIdentity.Provider = () => GreenletIdBase + Environment.CurrentManagedThreadId;
        Console.WriteLine("[patch] thread identity now comes from greenlets");
    }
}
