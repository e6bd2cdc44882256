using System.Collections.Generic;

namespace InitOrder.Analysis.Verification;

/// <summary>A target one of a search's target sets was reached through, with the shortest chain from the nearest root.</summary>
internal sealed class TargetHit
{
    public TargetHit(int setIndex, Target target, List<ChainStep> chain)
    {
        SetIndex = setIndex;
        Target = target;
        Chain = chain;
    }

    /// <summary>Which of the searched target sets was hit.</summary>
    public int SetIndex { get; }

    public Target Target { get; }

    /// <summary>Starts at the root that reached the target first.</summary>
    public List<ChainStep> Chain { get; }
}
