using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>A method the marked method can make run in one world, with the reason it would be marked for.</summary>
internal readonly record struct Dependency(MethodNode Target, MarkReason Reason);
