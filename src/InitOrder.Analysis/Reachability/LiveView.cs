using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The world of one patch (an epoch), for searches that explain it: a virtual call reaches only overrides whose
/// receiver was live by then, and the edges the world added count only from their epoch on.
/// </summary>
internal sealed class LiveView
{
    private readonly LiveWorld _world;

    public LiveView(LiveWorld world, int epoch)
    {
        _world = world;
        Epoch = epoch;
    }

    public int Epoch { get; }

    public bool Allows(Edge edge) => DispatchRule.Allows(_world.Live, edge, Epoch);

    /// <summary>The edges the world added to <paramref name="method"/> by this epoch.</summary>
    public IEnumerable<Edge> DerivedFrom(MethodNode method)
    {
        foreach (var edge in _world.DerivedFrom(method))
        {
            if (edge.Epoch <= Epoch)
            {
                yield return edge.ToEdge();
            }
        }
    }

    /// <summary>For a dispatch edge: which live type makes it possible, and where it became live.</summary>
    public string? ReceiverNote(Edge edge)
    {
        if (!edge.NeedsLiveReceiver || _world.Live.ReceiverFor(edge.Target.DeclaringType.FullName, Epoch) is not { } receiver)
        {
            return null;
        }

        return receiver.Type.Name.DisplayName + " " + receiver.Reason.Describe();
    }
}
