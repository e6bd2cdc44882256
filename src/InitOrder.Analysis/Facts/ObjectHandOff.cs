namespace InitOrder.Analysis.Facts;

/// <summary>An instruction that hands objects to framework code (see <see cref="HandOffTarget"/> for what it hands).</summary>
internal readonly record struct ObjectHandOff(int ILOffset, HandOffTarget Target);
