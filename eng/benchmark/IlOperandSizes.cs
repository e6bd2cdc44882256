using System.Reflection.Emit;

namespace InitOrder.Benchmarks;

/// <summary>
/// Operand size of every IL opcode, taken from the runtime's own <see cref="OpCodes"/> table so the floor
/// decoder shares no code with the analysis it is compared with. -1 marks switch (a count, then targets).
/// </summary>
internal static class IlOperandSizes
{
    public const int Switch = -1;

    private static readonly int[] s_oneByte = new int[256];
    private static readonly int[] s_twoByte = new int[256];

    static IlOperandSizes()
    {
        foreach (var field in typeof(OpCodes).GetFields())
        {
            var opCode = (OpCode)field.GetValue(null)!;
            var table = opCode.Size == 1 ? s_oneByte : s_twoByte;
            table[opCode.Value & 0xFF] = SizeOf(opCode.OperandType);
        }
    }

    public static int OneByte(int code) => s_oneByte[code];

    public static int TwoByte(int code) => s_twoByte[code];

    private static int SizeOf(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => Switch,
        _ => 4,
    };
}
