using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>One method of a path read back from a <see cref="MarkLog"/>, with the reason the next method was marked.</summary>
internal readonly record struct PathStep(MethodNode Method, MarkReason? Next);
