using System.Reflection.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>The opcodes whose token is a method, and what kind of edge each makes.</summary>
internal static class MethodOpCodes
{
    public static bool Contains(ILOpCode opCode) =>
        opCode == ILOpCode.Call || opCode == ILOpCode.Callvirt || opCode == ILOpCode.Newobj ||
        opCode == ILOpCode.Ldftn || opCode == ILOpCode.Ldvirtftn || opCode == ILOpCode.Jmp;

    public static EdgeKind EdgeKindOf(ILOpCode opCode) => opCode switch
    {
        ILOpCode.Newobj => EdgeKind.NewObject,
        ILOpCode.Ldftn or ILOpCode.Ldvirtftn => EdgeKind.Delegate,
        _ => EdgeKind.Call,
    };
}
