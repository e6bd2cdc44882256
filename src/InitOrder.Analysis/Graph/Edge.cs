namespace InitOrder.Analysis.Graph;

/// <summary>An IL instruction in one method that can make <see cref="Target"/> run. A struct: there are millions in big graphs.</summary>
internal readonly struct Edge
{
    public Edge(int ilOffset, MethodNode target, EdgeKind kind)
    {
        ILOffset = ilOffset;
        Target = target;
        Kind = kind;
    }

    public int ILOffset { get; }

    public MethodNode Target { get; }

    public EdgeKind Kind { get; }
}
