using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>For an override reached by virtual dispatch: the live type that makes it possible, and why that type is live.</summary>
internal sealed record LiveReceiver(ResolvedType Type, LiveReason Reason);
