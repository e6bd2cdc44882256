namespace InitOrder.Analysis.Facts;

/// <summary>One method a virtual call may run: an override or implementation, or its class's static constructor.</summary>
internal readonly struct DispatchMember
{
    public DispatchMember(int node, EdgeKind kind)
    {
        Node = node;
        Kind = kind;
    }

    /// <summary>A <see cref="MethodNode.Id"/>.</summary>
    public int Node { get; }

    /// <summary><see cref="EdgeKind.VirtualDispatch"/> or <see cref="EdgeKind.StaticConstructor"/>.</summary>
    public EdgeKind Kind { get; }
}
