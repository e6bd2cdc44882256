using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>Stops a marking at the first method that reads one of the given static fields (<c>ldsfld</c> or <c>ldsflda</c>).</summary>
internal sealed class FieldReads : IMarkObserver
{
    private readonly HashSet<StaticField> _fields;

    public FieldReads(HashSet<StaticField> fields)
    {
        _fields = fields;
    }

    /// <summary>The first read found: the method, where, and which field.</summary>
    public (MethodNode Method, int ILOffset, StaticField Field)? Found { get; private set; }

    public bool OnMarked(MethodNode method, int epoch) => false;

    public bool OnScanned(MethodNode method, MethodFacts facts, int epoch)
    {
        foreach (var access in facts.FieldAccesses)
        {
            if (!access.IsWrite && _fields.Contains(access.Field))
            {
                Found = (method, access.ILOffset, access.Field);
                return true;
            }
        }

        return false;
    }
}
