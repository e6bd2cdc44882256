using System.Collections.Generic;
using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Verification;

/// <summary>Every method any search reached, in first-reached order (which keeps reports deterministic).</summary>
internal sealed class ReachedMethods
{
    private readonly HashSet<MethodNode> _seen = new();
    private readonly List<MethodNode> _inOrder = new();

    public IReadOnlyList<MethodNode> InOrder => _inOrder;

    public void Add(MethodNode method)
    {
        if (_seen.Add(method))
        {
            _inOrder.Add(method);
        }
    }
}
