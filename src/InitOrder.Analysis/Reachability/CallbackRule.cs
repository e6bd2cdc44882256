using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Framework code may call back the overrides of an object it is handed: ToString, Equals, Dispose, an async state
/// machine's MoveNext. No IL shows those calls, so once a type is live its overrides of framework members are
/// reachable from where it became live.
/// </summary>
internal static class CallbackRule
{
    public static void OnLive(LiveWorld world, FactStore store, ResolvedType type, LiveReason reason)
    {
        foreach (var callback in store.TypeFacts.CallbacksOf(type).Instance)
        {
            world.AddDerived(reason.Site, new DerivedEdge(reason.ILOffset, callback, EdgeKind.FrameworkCallback, world.Epoch, null));
        }
    }
}
