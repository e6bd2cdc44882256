using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>The first time a marking reached one target of one set: the method, and the mention that names it (none when the method's own assembly is the target).</summary>
internal sealed record TargetHit(int Set, Target Target, MethodNode Method, Mention? Mention, int Epoch);
