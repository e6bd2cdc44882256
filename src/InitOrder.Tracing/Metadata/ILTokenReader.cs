using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace InitOrder.Tracing.Metadata;

/// <summary>
/// The metadata tokens an IL body uses (fields, methods, types, ldtoken), found with the runtime's own opcode table
/// (System.Reflection.Emit.OpCodes) so that the oracle shares no IL code with the verifier it checks.
/// </summary>
public static class ILTokenReader
{
    private static readonly Dictionary<ushort, OperandType> s_operands = BuildTable();

    /// <summary>Each token with the IL offset of the instruction that uses it.</summary>
    public static List<(int Offset, EntityHandle Handle)> TokensAt(MethodBodyBlock body)
    {
        var tokens = new List<(int Offset, EntityHandle Handle)>();
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            int offset = il.Offset;
            ushort code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (ushort)(0xFE00 | il.ReadByte());
            }

            var operand = s_operands.TryGetValue(code, out var known) ? known : OperandType.InlineNone;
            switch (operand)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    tokens.Add((offset, MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSwitch:
                    int count = il.ReadInt32();
                    il.Offset += count * 4;
                    break;
                default:
                    il.Offset += SizeOf(operand);
                    break;
            }
        }

        return tokens;
    }

    private static int SizeOf(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static Dictionary<ushort, OperandType> BuildTable()
    {
        var table = new Dictionary<ushort, OperandType>();
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode opCode)
            {
                table[(ushort)opCode.Value] = opCode.OperandType;
            }
        }

        return table;
    }
}
