namespace InitOrder.Analysis.Facts;

/// <summary>An <c>ldsfld</c> or <c>ldsflda</c> (a read) or an <c>stsfld</c> (a write) of a static field of analysed code; the first of each per method.</summary>
internal readonly record struct StaticFieldAccess(int ILOffset, StaticField Field, bool IsWrite);
