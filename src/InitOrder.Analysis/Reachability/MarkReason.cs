using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Why a method was marked: the instruction of <see cref="From"/> that leads to it, and how. A root has no
/// <see cref="From"/>. <see cref="Detail"/> carries what the explanation needs beyond the edge: the live receiver
/// (<see cref="LiveReceiver"/>) of a virtual call or a framework callback, the reflective call (<see cref="Reflection.ReflectionSite"/>) of
/// a member reached by reflection, or where an invoked delegate was created (<see cref="DelegateOrigin"/>).
/// </summary>
internal readonly record struct MarkReason(MethodNode? From, int ILOffset, EdgeKind Kind, object? Detail)
{
    public static MarkReason Root => default;

    public bool IsRoot => From is null;
}
