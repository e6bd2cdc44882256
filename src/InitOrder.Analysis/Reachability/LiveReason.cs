using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>Why a type is live: the instruction after which its objects can exist, as a chain's "live" note names it.</summary>
/// <param name="How">Created with <c>new</c>, named as a value type, constructed by the framework or by reflection.</param>
/// <param name="Epoch">The first world (patch, in run order) in which it is live.</param>
internal sealed record LiveReason(MethodNode Site, int ILOffset, InstantiationKind How, int Epoch);
