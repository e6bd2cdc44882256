using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Rapid type analysis for virtual and interface calls, a conditional dependency: an override or implementation
/// declared in <c>D</c> runs only once a live type is <c>D</c> or derives from it. Until then it waits on <c>D</c>'s
/// name with the reason it was offered for; when a type becomes live, the targets waiting on it and on each of its
/// ancestors are marked. Static virtual members need no object and never wait (see <see cref="Edge.NeedsLiveReceiver"/>).
/// </summary>
internal sealed class DispatchRule
{
    private readonly LiveWorld _world;
    private readonly Dictionary<string, List<(MethodNode Target, MarkReason Reason)>> _waiting = new(System.StringComparer.Ordinal);

    // Targets already waiting, by node id: a slot like object.ToString is offered once per call site, with every override.
    private bool[] _isWaiting = new bool[1024];

    public DispatchRule(LiveWorld world)
    {
        _world = world;
    }

    /// <summary>A dispatch target of a marked call site: it is marked now if its receiver can exist, or when one can.</summary>
    public void Offer(MethodNode target, MethodNode site, int ilOffset, EdgeKind kind)
    {
        if (_world.IsReached(target) || (target.Id < _isWaiting.Length && _isWaiting[target.Id]))
        {
            return;
        }

        string declaringType = target.DeclaringType.FullName;
        if (_world.Live.ReceiverFor(declaringType, int.MaxValue) is { } receiver)
        {
            _world.Reach(target, new MarkReason(site, ilOffset, kind, receiver));
            return;
        }

        if (!_waiting.TryGetValue(declaringType, out var list))
        {
            list = new List<(MethodNode, MarkReason)>();
            _waiting.Add(declaringType, list);
        }

        list.Add((target, new MarkReason(site, ilOffset, kind, null)));
        if (target.Id >= _isWaiting.Length)
        {
            System.Array.Resize(ref _isWaiting, System.Math.Max(target.Id + 1, _isWaiting.Length * 2));
        }

        _isWaiting[target.Id] = true;
    }

    /// <summary>Names that just gained a live subtype: what waited on them is marked, with that type as its receiver.</summary>
    public void Open(List<string> names)
    {
        foreach (string name in names)
        {
            if (_waiting.TryGetValue(name, out var targets))
            {
                _waiting.Remove(name);
                var receiver = _world.Live.ReceiverFor(name, int.MaxValue);
                foreach (var (target, reason) in targets)
                {
                    _isWaiting[target.Id] = false;
                    _world.Reach(target, reason with { Detail = receiver });
                }
            }
        }
    }

    /// <summary>The receiver that lets a marking of the world at <paramref name="epoch"/> follow <paramref name="edge"/>; null when none can exist yet.</summary>
    public static LiveReceiver? ReceiverAt(LiveTypes live, Edge edge, int epoch) => live.ReceiverFor(edge.Target.DeclaringType.FullName, epoch);
}
