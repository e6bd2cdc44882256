namespace InitOrder.Analysis.Guards;

/// <summary>
/// One IL instruction as the guard search needs it: where it starts and ends, its token, where it can jump, and for
/// <c>ldloc.s</c>, <c>stloc.s</c>, <c>ldloc</c> and <c>stloc</c> the local's index in <paramref name="Operand"/>.
/// </summary>
internal readonly record struct GuardInstruction(int Offset, int End, System.Reflection.Metadata.ILOpCode OpCode, int Token, int[] Targets, int Operand = -1);
