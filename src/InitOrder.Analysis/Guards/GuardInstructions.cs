using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.IL;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// Decodes a body with the jump targets of its branches and switches, which the scan's decoder skips. Only the few
/// bodies with a guard candidate, and the writers of a guard's field, are read this way.
/// </summary>
internal static class GuardInstructions
{
    private static readonly int[] s_none = Array.Empty<int>();

    /// <summary>Every instruction of <paramref name="body"/>; throws <see cref="BadImageFormatException"/> for a malformed one.</summary>
    public static List<GuardInstruction> Read(MethodBodyBlock body)
    {
        var result = new List<GuardInstruction>();
        var reader = body.GetILReader();
        while (reader.RemainingBytes > 0)
        {
            int offset = reader.Offset;
            var peek = reader;
            var instruction = ILDecoder.ReadNext(ref peek);
            var opCode = instruction.OpCode;
            int[] targets = s_none;
            if (opCode.IsBranch())
            {
                // Skip the opcode's bytes, then read the displacement, relative to the next instruction.
                reader.Offset = offset + ((ushort)opCode > 0xFF ? 2 : 1);
                int displacement = opCode.GetBranchOperandSize() == 1 ? reader.ReadSByte() : reader.ReadInt32();
                targets = new[] { reader.Offset + displacement };
            }
            else if (opCode == ILOpCode.Switch)
            {
                reader.Offset = offset + 1;
                int count = reader.ReadInt32();
                if (count < 0 || count > reader.RemainingBytes / 4)
                {
                    throw new BadImageFormatException("A switch has more targets than bytes left.");
                }

                var displacements = new int[count];
                for (int i = 0; i < count; i++)
                {
                    displacements[i] = reader.ReadInt32();
                }

                targets = new int[count];
                for (int i = 0; i < count; i++)
                {
                    targets[i] = reader.Offset + displacements[i];
                }
            }

            int operand = -1;
            if (opCode is ILOpCode.Ldloc_s or ILOpCode.Stloc_s)
            {
                reader.Offset = offset + 1;
                operand = reader.ReadByte();
            }
            else if (opCode is ILOpCode.Ldloc or ILOpCode.Stloc)
            {
                reader.Offset = offset + 2;
                operand = reader.ReadUInt16();
            }

            reader = peek;
            result.Add(new GuardInstruction(offset, reader.Offset, opCode, instruction.Token, targets, operand));
        }

        return result;
    }

    /// <summary>Every offset some instruction of <paramref name="instructions"/> can jump to.</summary>
    public static HashSet<int> JumpTargets(List<GuardInstruction> instructions)
    {
        var targets = new HashSet<int>();
        foreach (var instruction in instructions)
        {
            foreach (int target in instruction.Targets)
            {
                targets.Add(target);
            }
        }

        return targets;
    }
}
