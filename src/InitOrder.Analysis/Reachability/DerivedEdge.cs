using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// An edge the live world adds to a method's own: a framework callback on an object it creates, or a member its
/// reflective call reaches. It holds from <see cref="Epoch"/> on (the first patch, in run order, whose world has it).
/// </summary>
/// <param name="Via">For reflection: the reflective API, shown as a step of its own.</param>
/// <param name="Why">The rule that added the edge, in words.</param>
internal readonly record struct DerivedEdge(int ILOffset, MethodNode Target, EdgeKind Kind, int Epoch, string? Via, string? Why)
{
    public Edge ToEdge() => new(ILOffset, Target, Kind, needsLiveReceiver: false, via: Via, why: Why);
}
