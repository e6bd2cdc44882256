using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// The guarded regions of one method body: <c>if (options.ValidateOnBuild) { … }</c> compiles to a call of the getter (or,
/// for <c>if (Flags.Verbose)</c>, an <c>ldsfld</c>), a forward <c>brfalse</c> past the block, and the block. The block is guarded when nothing outside it jumps into it and
/// every exception handler in it belongs to a <c>try</c> in it, so the <c>brfalse</c> is the only way in.
/// </summary>
internal static class GuardedRegions
{
    public static IReadOnlyList<GuardedRegion> Find(FactStore store, FieldGuards guards, MethodNode method)
    {
        var regions = new List<GuardedRegion>();
        if (method.Assembly.GetBody(method.Handle) is not { } body)
        {
            return regions;
        }

        List<GuardInstruction> instructions;
        try
        {
            instructions = GuardInstructions.Read(body);
        }
        catch (System.BadImageFormatException)
        {
            return regions;
        }

        HashSet<int>? jumpTargets = null;
        for (int i = 1; i < instructions.Count; i++)
        {
            var branch = instructions[i];
            if (branch.OpCode is not (ILOpCode.Brfalse or ILOpCode.Brfalse_s) || branch.Targets[0] <= branch.End ||
                GetterCallBefore(instructions, i, jumpTargets ??= GuardInstructions.JumpTargets(instructions)) is not { } call ||
                (call.OpCode == ILOpCode.Ldsfld ? guards.OfStaticField(method, call.Token) : GetterGuard(store, guards, method, call.Token)) is not { } guard)
            {
                continue;
            }

            var region = new GuardedRegion(branch.End, branch.Targets[0], guard);
            if (OnlyEnteredThroughBranch(region, instructions, i, body))
            {
                regions.Add(region);
            }
        }

        return regions;
    }

    /// <summary>
    /// The call (or <c>ldsfld</c>) whose result the <c>brfalse</c> at <paramref name="branchIndex"/> tests: right before it,
    /// or stored to a local and loaded back, as a debug build compiles <c>if (options.Validate)</c>. Nothing may jump between them.
    /// </summary>
    private static GuardInstruction? GetterCallBefore(List<GuardInstruction> instructions, int branchIndex, HashSet<int> jumpTargets)
    {
        if (jumpTargets.Contains(instructions[branchIndex].Offset))
        {
            return null;
        }

        var previous = instructions[branchIndex - 1];
        if (previous.OpCode is ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Ldsfld)
        {
            return previous;
        }

        if (branchIndex < 3 || LocalIndex(previous) is not { } loaded || LocalIndex(instructions[branchIndex - 2], store: true) != loaded ||
            jumpTargets.Contains(previous.Offset) || jumpTargets.Contains(instructions[branchIndex - 2].Offset))
        {
            return null;
        }

        var call = instructions[branchIndex - 3];
        return call.OpCode is ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Ldsfld ? call : null;
    }

    private static int? LocalIndex(GuardInstruction instruction, bool store = false) => (instruction.OpCode, store) switch
    {
        (ILOpCode.Ldloc_0, false) or (ILOpCode.Stloc_0, true) => 0,
        (ILOpCode.Ldloc_1, false) or (ILOpCode.Stloc_1, true) => 1,
        (ILOpCode.Ldloc_2, false) or (ILOpCode.Stloc_2, true) => 2,
        (ILOpCode.Ldloc_3, false) or (ILOpCode.Stloc_3, true) => 3,
        (ILOpCode.Ldloc_s or ILOpCode.Ldloc, false) or (ILOpCode.Stloc_s or ILOpCode.Stloc, true) => instruction.Operand,
        _ => null,
    };

    private static FieldGuard? GetterGuard(FactStore store, FieldGuards guards, MethodNode method, int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        if (handle.Kind is not (HandleKind.MethodDefinition or HandleKind.MemberReference))
        {
            return null;
        }

        var member = method.Assembly.Members.Get(handle);
        return store.Context.Members.ResolveMethod(method.Assembly, member) is { } resolved && !resolved.DeclaringType.Assembly.IsReferenceAssembly
            ? guards.OfGetter(store.Node(resolved))
            : null;
    }

    private static bool OnlyEnteredThroughBranch(GuardedRegion region, List<GuardInstruction> instructions, int branchIndex, MethodBodyBlock body)
    {
        if (region.End > instructions[instructions.Count - 1].End)
        {
            return false;
        }

        bool startsAnInstruction = false;
        for (int i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            startsAnInstruction |= instruction.Offset == region.End;
            if (region.Contains(instruction.Offset))
            {
                continue;
            }

            foreach (int target in instruction.Targets)
            {
                if (region.Contains(target) && i != branchIndex)
                {
                    return false;
                }
            }
        }

        foreach (var handler in body.ExceptionRegions)
        {
            bool handlerInside = region.Contains(handler.HandlerOffset) || handler.Kind == ExceptionRegionKind.Filter && region.Contains(handler.FilterOffset);
            if (handlerInside && !region.Contains(handler.TryOffset))
            {
                return false;
            }
        }

        return startsAnInstruction || region.End == instructions[instructions.Count - 1].End;
    }
}
