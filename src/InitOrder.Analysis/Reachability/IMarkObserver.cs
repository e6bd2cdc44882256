using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Watches a marking as it happens: the rules that decide violations record what they look for here, in mark order,
/// so nothing walks the marked methods again. Returning true from either method ends a <see cref="RootMarking"/>
/// early (the nearest find is enough); the live world ignores it.
/// </summary>
internal interface IMarkObserver
{
    /// <summary>The method was marked (roots first, then in breadth-first order).</summary>
    bool OnMarked(MethodNode method, int epoch);

    /// <summary>The marked method's facts are applied; called once per method, in marking order.</summary>
    bool OnScanned(MethodNode method, MethodFacts facts, int epoch);
}
