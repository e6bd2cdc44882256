using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reflection;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// An edge the live world adds to a method's own: a framework callback on an object it creates, or a member its
/// reflective call reaches. It holds from <see cref="Epoch"/> on (the first patch, in run order, whose world has it).
/// </summary>
/// <param name="Reflection">For reflection: the reflective call, shown as a step of its own with the rule that bounds it.</param>
internal readonly record struct DerivedEdge(int ILOffset, MethodNode Target, EdgeKind Kind, int Epoch, ReflectionSite? Reflection)
{
    public Edge ToEdge() => new(ILOffset, Target, Kind, needsLiveReceiver: false, reflection: Reflection);
}
