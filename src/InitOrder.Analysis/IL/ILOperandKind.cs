namespace InitOrder.Analysis.IL;

/// <summary>
/// What follows an opcode in the IL stream. Only the size matters for decoding, except for tokens
/// (which the analysis follows) and switch (whose size depends on its count).
/// </summary>
internal enum ILOperandKind : byte
{
    /// <summary>Not a defined opcode; decoding stops with a BadImageFormatException.</summary>
    Invalid,
    None,
    /// <summary>One byte: short branches, short local/argument indexes, ldc.i4.s, unaligned., no.</summary>
    Int8,
    /// <summary>Two bytes: long local/argument indexes.</summary>
    Int16,
    /// <summary>Four bytes: ldc.i4, ldc.r4, long branches, leave.</summary>
    Int32,
    /// <summary>Eight bytes: ldc.i8, ldc.r8.</summary>
    Int64,
    /// <summary>A four-byte metadata token.</summary>
    Token,
    /// <summary>A four-byte count followed by that many four-byte targets.</summary>
    Switch,
}
