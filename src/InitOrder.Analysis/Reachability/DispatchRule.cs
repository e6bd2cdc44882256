using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Rapid type analysis for virtual and interface calls: an override or implementation declared in <c>D</c> runs
/// only once a live type is <c>D</c> or derives from it. Until then it waits on <c>D</c>'s name; when a type becomes
/// live, the targets waiting on it and on each of its ancestors run. Static virtual members need no object and
/// never wait (see <see cref="Edge.NeedsLiveReceiver"/>).
/// </summary>
internal sealed class DispatchRule
{
    private readonly LiveWorld _world;
    private readonly Dictionary<string, List<MethodNode>> _waiting = new(System.StringComparer.Ordinal);

    // Targets already waiting, by node id: a slot like object.ToString is offered once per call site, with every override.
    private bool[] _isWaiting = new bool[1024];

    public DispatchRule(LiveWorld world)
    {
        _world = world;
    }

    /// <summary>A dispatch target of a reached call site: it runs now if its receiver can exist, or when one can.</summary>
    public void Offer(MethodNode target)
    {
        if (_world.IsReached(target) || (target.Id < _isWaiting.Length && _isWaiting[target.Id]))
        {
            return;
        }

        string declaringType = target.DeclaringType.FullName;
        if (_world.Live.ReceiverFor(declaringType, int.MaxValue) is not null)
        {
            _world.Reach(target);
            return;
        }

        if (!_waiting.TryGetValue(declaringType, out var list))
        {
            list = new List<MethodNode>();
            _waiting.Add(declaringType, list);
        }

        list.Add(target);
        if (target.Id >= _isWaiting.Length)
        {
            System.Array.Resize(ref _isWaiting, System.Math.Max(target.Id + 1, _isWaiting.Length * 2));
        }

        _isWaiting[target.Id] = true;
    }

    /// <summary>Names that just gained a live subtype: what waited on them runs.</summary>
    public void Open(List<string> names)
    {
        foreach (string name in names)
        {
            if (_waiting.TryGetValue(name, out var targets))
            {
                _waiting.Remove(name);
                foreach (var target in targets)
                {
                    _isWaiting[target.Id] = false;
                    _world.Reach(target);
                }
            }
        }
    }

    /// <summary>Whether a search of the world at <paramref name="epoch"/> may follow <paramref name="edge"/>.</summary>
    public static bool Allows(LiveTypes live, Edge edge, int epoch) =>
        !edge.NeedsLiveReceiver || live.ReceiverFor(edge.Target.DeclaringType.FullName, epoch) is not null;
}
