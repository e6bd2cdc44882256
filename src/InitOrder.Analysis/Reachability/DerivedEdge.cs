using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// An edge the live world adds to a method's own: a framework callback on an object it creates, a member its
/// reflective call reaches, or a delegate target its invocation runs. It holds from <see cref="Epoch"/> on (the first
/// patch, in run order, whose world has it).
/// </summary>
/// <param name="Detail">What the explanation needs (see <see cref="MarkReason.Detail"/>).</param>
internal readonly record struct DerivedEdge(int ILOffset, MethodNode Target, EdgeKind Kind, int Epoch, object? Detail);
