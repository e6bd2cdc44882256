using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>For a delegate target marked because a delegate of its type may be invoked: where that delegate was created.</summary>
/// <param name="HandedTo">The framework call the invoking method hands delegates to; null for an Invoke in analysed code.</param>
internal sealed record DelegateOrigin(MethodNode Site, int ILOffset, string? HandedTo);
