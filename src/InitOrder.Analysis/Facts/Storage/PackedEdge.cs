namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// An edge as a method's facts store it: the target by number (a node id, or a <see cref="DispatchSet"/> id
/// for a virtual call site), so arrays of edges hold no references and the garbage collector never walks them.
/// </summary>
internal readonly struct PackedEdge
{
    private PackedEdge(int ilOffset, int target, EdgeKind kind, bool toDispatchSet)
    {
        ILOffset = ilOffset;
        Target = target;
        Kind = kind;
        ToDispatchSet = toDispatchSet;
    }

    public int ILOffset { get; }

    /// <summary>A <see cref="MethodNode.Id"/>, or a <see cref="DispatchSet.Id"/> when <see cref="ToDispatchSet"/>.</summary>
    public int Target { get; }

    public EdgeKind Kind { get; }

    /// <summary>True for a virtual call site: it stands for one edge to every member of the set.</summary>
    public bool ToDispatchSet { get; }

    public static PackedEdge ToNode(int ilOffset, MethodNode target, EdgeKind kind) => new(ilOffset, target.Id, kind, false);

    public static PackedEdge ToSet(int ilOffset, DispatchSet set) => new(ilOffset, set.Id, EdgeKind.VirtualDispatch, true);
}
