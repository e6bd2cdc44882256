namespace InitOrder.Analysis.Facts;

/// <summary>An IL instruction in one method that can make <see cref="Target"/> run. A struct: there are millions in big graphs.</summary>
internal readonly struct Edge
{
    public Edge(int ilOffset, MethodNode target, EdgeKind kind, bool needsLiveReceiver = false, MethodNode? implementation = null)
    {
        ILOffset = ilOffset;
        Target = target;
        Kind = kind;
        NeedsLiveReceiver = needsLiveReceiver;
        Implementation = implementation;
    }

    public int ILOffset { get; }

    public MethodNode Target { get; }

    public EdgeKind Kind { get; }

    /// <summary>
    /// True for an override or implementation an instance call may dispatch to (and its class's static constructor):
    /// it runs only once an object of its declaring type, or of a type derived from it, can exist (see Reachability/DispatchRule).
    /// </summary>
    public bool NeedsLiveReceiver { get; }

    /// <summary>
    /// For a dispatch target, the override or implementation whose run it stands for: the target itself, or, for its
    /// class's static constructor, the method before it in the set. A receiver must run that method.
    /// </summary>
    public MethodNode? Implementation { get; }
}
