using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Every framework callback of an object framework code holds from the start: an attribute reflection constructs for
/// <see cref="Reflection.AttributeRule"/>. Its overrides of framework members (ToString, Equals, Dispose) are reachable
/// from where it was constructed; each edge keeps the live type and its reason, so the chain can say which object the
/// framework calls back. Objects of analysed code in general go through <see cref="EscapeRule"/>, which waits until
/// framework code can hold them.
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
