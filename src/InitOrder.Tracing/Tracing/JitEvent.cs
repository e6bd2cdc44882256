using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>One JIT event of the trace, with the file of its module and, for starts, the managed stack at that moment.</summary>
public sealed record JitEvent(
    int Index,
    JitEventKind Kind,
    int ThreadId,
    long MethodId,
    string ModulePath,
    int Token,
    string TypeName,
    string MethodName,
    ulong CodeStart,
    int CodeSize,
    IReadOnlyList<ulong> Stack)
{
    public MethodKey Key => new(ModulePath, Token);

    public bool CodeContains(ulong address) => address >= CodeStart && address < CodeStart + (ulong)CodeSize;

    public override string ToString() => $"#{Index} {Kind} {TypeName}::{MethodName}";
}
