using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.IL;

/// <summary>
/// Turns a method body's IL bytes into instructions. Unknown opcodes and operands running past the end
/// raise <see cref="BadImageFormatException"/>, which callers treat as a malformed body.
/// </summary>
internal static class ILDecoder
{
    /// <summary>The last table of ECMA-335 (GenericParamConstraint).</summary>
    private const int MaxTable = 0x2C;

    /// <summary>The high byte of <c>ldstr</c> tokens.</summary>
    private const int UserStringTable = 0x70;

    /// <summary>
    /// Every instruction of a body, decoded up front: a malformed body fails before any instruction is used.
    /// For the few bodies read whole (module initializer, patch sequence); scans use <see cref="Read"/>.
    /// </summary>
    public static List<ILInstruction> Decode(BlobReader reader)
    {
        // Instructions average about three bytes; sizing up front avoids regrowing the list for big bodies.
        var instructions = new List<ILInstruction>(reader.RemainingBytes / 3 + 4);
        foreach (var instruction in Read(reader))
        {
            instructions.Add(instruction);
        }

        return instructions;
    }

    /// <summary>
    /// The instructions of a body, decoded one at a time as they are enumerated, without a list: the graph scans
    /// every body of a big library once. A malformed instruction fails when the enumeration reaches it.
    /// </summary>
    public static ILInstructions Read(BlobReader reader) => new(reader);

    /// <summary>Decodes the instruction at the reader's position and moves past it.</summary>
    public static ILInstruction ReadNext(ref BlobReader reader)
    {
        int offset = reader.Offset;
        byte first = reader.ReadByte();
        ILOpCode opCode;
        ILOperandKind kind;
        if (first == ILOpCodeTable.TwoBytePrefix)
        {
            byte second = reader.ReadByte();
            opCode = (ILOpCode)((ILOpCodeTable.TwoBytePrefix << 8) | second);
            kind = ILOpCodeTable.TwoByte(second);
        }
        else
        {
            opCode = (ILOpCode)first;
            kind = ILOpCodeTable.OneByte(first);
        }

        int token = ReadOperand(ref reader, kind, offset);
        return new ILInstruction(offset, opCode, token);
    }

    /// <summary>Skips the operand and returns its token, if it is one.</summary>
    private static int ReadOperand(ref BlobReader reader, ILOperandKind kind, int offset)
    {
        switch (kind)
        {
            case ILOperandKind.None:
                return 0;
            case ILOperandKind.Int8:
                reader.ReadByte();
                return 0;
            case ILOperandKind.Int16:
                reader.ReadUInt16();
                return 0;
            case ILOperandKind.Int32:
                reader.ReadInt32();
                return 0;
            case ILOperandKind.Int64:
                reader.ReadInt64();
                return 0;
            case ILOperandKind.Token:
                int token = reader.ReadInt32();
                if (token == 0)
                {
                    throw new BadImageFormatException("Nil metadata token at IL_" + offset.ToString("X4") + ".");
                }

                // The high byte names a metadata table (0x00-0x2C) or the user string heap (0x70); anything else makes a
                // handle whose Kind looks valid but which cannot be cast to that kind.
                int table = (int)((uint)token >> 24);
                if (table > MaxTable && table != UserStringTable)
                {
                    throw new BadImageFormatException("Invalid metadata token 0x" + token.ToString("X8") + " at IL_" + offset.ToString("X4") + ".");
                }

                return token;
            case ILOperandKind.Switch:
                uint count = reader.ReadUInt32();
                if (count > (uint)reader.RemainingBytes / 4)
                {
                    throw new BadImageFormatException("Switch at IL_" + offset.ToString("X4") + " has more targets than bytes left.");
                }

                reader.Offset += (int)count * 4;
                return 0;
            default:
                throw new BadImageFormatException("Invalid opcode at IL_" + offset.ToString("X4") + ".");
        }
    }
}
