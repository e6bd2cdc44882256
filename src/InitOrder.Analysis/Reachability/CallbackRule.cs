using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Framework code may call back the overrides of an object it is handed: ToString, Equals, Dispose, an async state
/// machine's MoveNext. No IL shows those calls, so once a type is live its overrides of framework members are
/// reachable from where it became live. Each edge keeps the live type and its reason, so the chain can say which object
/// the framework calls back and where it was created.
/// </summary>
internal static class CallbackRule
{
    public static void OnLive(LiveWorld world, FactStore store, LiveReceiver receiver)
    {
        var reason = receiver.Reason;
        foreach (var callback in store.TypeFacts.CallbacksOf(receiver.Type).Instance)
        {
            world.AddDerived(reason.Site, new DerivedEdge(reason.ILOffset, callback, EdgeKind.FrameworkCallback, world.Epoch, receiver));
        }
    }
}
