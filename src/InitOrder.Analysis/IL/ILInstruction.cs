using System.Reflection.Metadata;

namespace InitOrder.Analysis.IL;

/// <summary>
/// One decoded instruction. Only the token operand is kept: it is the only operand the analysis follows.
/// </summary>
internal readonly struct ILInstruction
{
    public ILInstruction(int offset, ILOpCode opCode, int token)
    {
        Offset = offset;
        OpCode = opCode;
        Token = token;
    }

    /// <summary>Byte offset of the opcode (the first prefix byte for two-byte opcodes) in the method body.</summary>
    public int Offset { get; }

    /// <summary>The opcode; two-byte opcodes carry the 0xFE prefix in the high byte, as <see cref="ILOpCode"/> does.</summary>
    public ILOpCode OpCode { get; }

    /// <summary>The metadata token, or 0 when the opcode has no token operand.</summary>
    public int Token { get; }

    public bool HasToken => Token != 0;

    public EntityHandle TokenHandle => System.Reflection.Metadata.Ecma335.MetadataTokens.EntityHandle(Token);

    public override string ToString() => "IL_" + Offset.ToString("X4") + ": " + OpCode + (HasToken ? " 0x" + Token.ToString("X8") : "");
}
