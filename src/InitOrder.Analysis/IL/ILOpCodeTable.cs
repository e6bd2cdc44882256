namespace InitOrder.Analysis.IL;

/// <summary>
/// Operand kinds for every ECMA-335 opcode (Partition III), one table for single-byte opcodes and one
/// for those after the 0xFE prefix. Ranges keep the table readable; gaps are invalid opcodes.
/// </summary>
internal static class ILOpCodeTable
{
    /// <summary>The first byte of every two-byte opcode.</summary>
    public const byte TwoBytePrefix = 0xFE;

    private static readonly ILOperandKind[] s_oneByte = BuildOneByte();
    private static readonly ILOperandKind[] s_twoByte = BuildTwoByte();

    public static ILOperandKind OneByte(byte code) => s_oneByte[code];

    public static ILOperandKind TwoByte(byte code) => s_twoByte[code];

    private static ILOperandKind[] BuildOneByte()
    {
        var table = new ILOperandKind[256];
        Set(table, 0x00, 0x0D, ILOperandKind.None);   // nop, break, ldarg.0-3, ldloc.0-3, stloc.0-3
        Set(table, 0x0E, 0x13, ILOperandKind.Int8);   // ldarg.s, ldarga.s, starg.s, ldloc.s, ldloca.s, stloc.s
        Set(table, 0x14, 0x1E, ILOperandKind.None);   // ldnull, ldc.i4.m1 .. ldc.i4.8
        Set(table, 0x1F, 0x1F, ILOperandKind.Int8);   // ldc.i4.s
        Set(table, 0x20, 0x20, ILOperandKind.Int32);  // ldc.i4
        Set(table, 0x21, 0x21, ILOperandKind.Int64);  // ldc.i8
        Set(table, 0x22, 0x22, ILOperandKind.Int32);  // ldc.r4
        Set(table, 0x23, 0x23, ILOperandKind.Int64);  // ldc.r8
        Set(table, 0x25, 0x26, ILOperandKind.None);   // dup, pop
        Set(table, 0x27, 0x29, ILOperandKind.Token);  // jmp, call, calli
        Set(table, 0x2A, 0x2A, ILOperandKind.None);   // ret
        Set(table, 0x2B, 0x37, ILOperandKind.Int8);   // br.s .. blt.un.s
        Set(table, 0x38, 0x44, ILOperandKind.Int32);  // br .. blt.un
        Set(table, 0x45, 0x45, ILOperandKind.Switch); // switch
        Set(table, 0x46, 0x6E, ILOperandKind.None);   // ldind.*, stind.*, arithmetic, conv.*
        Set(table, 0x6F, 0x75, ILOperandKind.Token);  // callvirt, cpobj, ldobj, ldstr, newobj, castclass, isinst
        Set(table, 0x76, 0x76, ILOperandKind.None);   // conv.r.un
        Set(table, 0x79, 0x79, ILOperandKind.Token);  // unbox
        Set(table, 0x7A, 0x7A, ILOperandKind.None);   // throw
        Set(table, 0x7B, 0x81, ILOperandKind.Token);  // ldfld, ldflda, stfld, ldsfld, ldsflda, stsfld, stobj
        Set(table, 0x82, 0x8B, ILOperandKind.None);   // conv.ovf.*.un
        Set(table, 0x8C, 0x8D, ILOperandKind.Token);  // box, newarr
        Set(table, 0x8E, 0x8E, ILOperandKind.None);   // ldlen
        Set(table, 0x8F, 0x8F, ILOperandKind.Token);  // ldelema
        Set(table, 0x90, 0xA2, ILOperandKind.None);   // ldelem.*, stelem.*
        Set(table, 0xA3, 0xA5, ILOperandKind.Token);  // ldelem, stelem, unbox.any
        Set(table, 0xB3, 0xBA, ILOperandKind.None);   // conv.ovf.*
        Set(table, 0xC2, 0xC2, ILOperandKind.Token);  // refanyval
        Set(table, 0xC3, 0xC3, ILOperandKind.None);   // ckfinite
        Set(table, 0xC6, 0xC6, ILOperandKind.Token);  // mkrefany
        Set(table, 0xD0, 0xD0, ILOperandKind.Token);  // ldtoken
        Set(table, 0xD1, 0xDC, ILOperandKind.None);   // conv.u2 .. endfinally
        Set(table, 0xDD, 0xDD, ILOperandKind.Int32);  // leave
        Set(table, 0xDE, 0xDE, ILOperandKind.Int8);   // leave.s
        Set(table, 0xDF, 0xE0, ILOperandKind.None);   // stind.i, conv.u
        return table;
    }

    private static ILOperandKind[] BuildTwoByte()
    {
        var table = new ILOperandKind[256];
        Set(table, 0x00, 0x05, ILOperandKind.None);   // arglist, ceq, cgt, cgt.un, clt, clt.un
        Set(table, 0x06, 0x07, ILOperandKind.Token);  // ldftn, ldvirtftn
        Set(table, 0x09, 0x0E, ILOperandKind.Int16);  // ldarg, ldarga, starg, ldloc, ldloca, stloc
        Set(table, 0x0F, 0x0F, ILOperandKind.None);   // localloc
        Set(table, 0x11, 0x11, ILOperandKind.None);   // endfilter
        Set(table, 0x12, 0x12, ILOperandKind.Int8);   // unaligned.
        Set(table, 0x13, 0x14, ILOperandKind.None);   // volatile., tail.
        Set(table, 0x15, 0x16, ILOperandKind.Token);  // initobj, constrained.
        Set(table, 0x17, 0x18, ILOperandKind.None);   // cpblk, initblk
        Set(table, 0x19, 0x19, ILOperandKind.Int8);   // no.
        Set(table, 0x1A, 0x1A, ILOperandKind.None);   // rethrow
        Set(table, 0x1C, 0x1C, ILOperandKind.Token);  // sizeof
        Set(table, 0x1D, 0x1E, ILOperandKind.None);   // refanytype, readonly.
        return table;
    }

    private static void Set(ILOperandKind[] table, int first, int last, ILOperandKind kind)
    {
        for (int code = first; code <= last; code++)
        {
            table[code] = kind;
        }
    }
}
