using System.Collections.Generic;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>What the receiver of one call to <c>ToString</c>, <c>GetHashCode</c> or <c>Equals</c> is known to be (<see cref="ObjectSlotReceivers"/>).</summary>
/// <param name="Kind">How much is known.</param>
/// <param name="Bound">For a class or struct: the type every receiver is or derives from.</param>
/// <param name="Inherited">For a class or struct: the slot's overrides its base classes declare, which a receiver may inherit.</param>
internal sealed record ObjectSlotReceiver(ObjectSlotReceiverKind Kind, NamedType? Bound, IReadOnlyList<ResolvedMethod> Inherited)
{
    public static ObjectSlotReceiver Primitive { get; } = new(ObjectSlotReceiverKind.Primitive, null, System.Array.Empty<ResolvedMethod>());
}
