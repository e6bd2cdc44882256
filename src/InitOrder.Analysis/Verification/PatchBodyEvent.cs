using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// One thing a patch does, in the order its IL does it: the first access to a target type (which runs that type's
/// static constructor), or a write to a static field. <see cref="Path"/> leads from the patch to the instruction.
/// </summary>
internal sealed class PatchBodyEvent
{
    private PatchBodyEvent(MethodNode? targetConstructor, StaticField? writtenField, IReadOnlyList<(MethodNode Method, int ILOffset)> path)
    {
        TargetConstructor = targetConstructor;
        WrittenField = writtenField;
        Path = path;
    }

    /// <summary>The target's static constructor this instruction runs first; null for a write.</summary>
    public MethodNode? TargetConstructor { get; }

    /// <summary>The static field this instruction writes; null for a trigger.</summary>
    public StaticField? WrittenField { get; }

    /// <summary>The patch, then each method the walk stepped into, with the instruction it was at.</summary>
    public IReadOnlyList<(MethodNode Method, int ILOffset)> Path { get; }

    public static PatchBodyEvent Trigger(MethodNode constructor, IReadOnlyList<(MethodNode, int)> path) => new(constructor, null, path);

    public static PatchBodyEvent Write(StaticField field, IReadOnlyList<(MethodNode, int)> path) => new(null, field, path);
}
