using System;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using InitOrder.Analysis.IL;

namespace InitOrder.Analysis.Tests.IL;

public sealed class ILDecoderTests
{
    [Fact]
    public void Operand_table_agrees_with_the_runtime_opcode_list()
    {
        var opCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
            .Where(o => o.OpCodeType != OpCodeType.Nternal);
        int checkedCount = 0;
        foreach (var opCode in opCodes)
        {
            ushort value = unchecked((ushort)opCode.Value);
            var kind = value > 0xFF ? ILOpCodeTable.TwoByte((byte)value) : ILOpCodeTable.OneByte((byte)value);
            Assert.True(Expected(opCode.OperandType) == kind, opCode.Name + " decodes as " + kind);
            checkedCount++;
        }

        Assert.True(checkedCount > 200, "only " + checkedCount + " opcodes checked");
    }

    [Fact]
    public void Every_method_body_of_the_core_library_decodes()
    {
        using var pe = new PEReader(System.IO.File.OpenRead(typeof(object).Assembly.Location));
        var reader = pe.GetMetadataReader();
        int instructions = 0;
        foreach (var handle in reader.MethodDefinitions)
        {
            int rva = reader.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva != 0)
            {
                instructions += ILDecoder.Decode(pe.GetMethodBody(rva).GetILReader()).Count;
            }
        }

        Assert.True(instructions > 100_000, instructions + " instructions");
    }

    [Fact]
    public void Reading_one_instruction_at_a_time_gives_what_decoding_the_whole_body_gives()
    {
        using var pe = new PEReader(System.IO.File.OpenRead(typeof(object).Assembly.Location));
        var reader = pe.GetMetadataReader();
        int bodies = 0;
        foreach (var handle in reader.MethodDefinitions)
        {
            int rva = reader.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva == 0 || bodies++ % 7 != 0)
            {
                continue;
            }

            var read = new System.Collections.Generic.List<ILInstruction>();
            foreach (var instruction in ILDecoder.Read(pe.GetMethodBody(rva).GetILReader()))
            {
                read.Add(instruction);
            }

            Assert.Equal(ILDecoder.Decode(pe.GetMethodBody(rva).GetILReader()), read);
        }

        Assert.True(bodies > 10_000, bodies + " bodies");
    }

    [Fact]
    public void Switch_operand_length_depends_on_its_count()
    {
        var instructions = Decode(0x45, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0x2A);

        Assert.Equal(new[] { (0, ILOpCode.Switch), (13, ILOpCode.Ret) }, instructions.Select(i => (i.Offset, i.OpCode)));
    }

    [Fact]
    public void Two_byte_opcodes_keep_their_token()
    {
        var instructions = Decode(0xFE, 0x06, 0x01, 0x00, 0x00, 0x06, 0xFE, 0x15, 0x02, 0x00, 0x00, 0x02, 0x2A);

        Assert.Equal(ILOpCode.Ldftn, instructions[0].OpCode);
        Assert.Equal(0x06000001, instructions[0].Token);
        Assert.Equal((6, ILOpCode.Initobj, 0x02000002), (instructions[1].Offset, instructions[1].OpCode, instructions[1].Token));
        Assert.False(instructions[2].HasToken);
    }

    [Theory]
    [InlineData(new byte[] { 0xA6 })]
    [InlineData(new byte[] { 0xFE, 0x08 })]
    [InlineData(new byte[] { 0x28, 0x01, 0x00 })]
    [InlineData(new byte[] { 0x45, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(new byte[] { 0x28, 0x00, 0x00, 0x00, 0x00 })]
    public void Malformed_IL_is_a_BadImageFormatException(byte[] il)
    {
        Assert.Throws<BadImageFormatException>(() => Decode(il));
    }

    private static unsafe System.Collections.Generic.List<ILInstruction> Decode(params byte[] il)
    {
        fixed (byte* start = il)
        {
            return ILDecoder.Decode(new BlobReader(start, il.Length));
        }
    }

    private static ILOperandKind Expected(OperandType type) => type switch
    {
        OperandType.InlineNone => ILOperandKind.None,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => ILOperandKind.Int8,
        OperandType.InlineVar => ILOperandKind.Int16,
        OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR => ILOperandKind.Int32,
        OperandType.InlineI8 or OperandType.InlineR => ILOperandKind.Int64,
        OperandType.InlineSwitch => ILOperandKind.Switch,
        _ => ILOperandKind.Token,
    };
}
