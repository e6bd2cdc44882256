using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Rapid type analysis for virtual and interface calls, a conditional dependency: an override or implementation
/// declared in <c>D</c> runs only once a live type is <c>D</c> or derives from it and does not replace it
/// (<see cref="OverrideResolution"/>: a class nearer the object overrides it, or implements the member a default
/// interface method provides). Until then it waits on <c>D</c>'s name with the reason it was offered for; each type
/// that becomes live is offered the targets waiting on its name and its ancestors' names. Static virtual members need
/// no object and never wait (see <see cref="Edge.NeedsLiveReceiver"/>).
/// </summary>
internal sealed class DispatchRule
{
    private readonly LiveWorld _world;
    private readonly OverrideResolution _overrides;
    private readonly Dictionary<string, List<Waiting>> _waiting = new(System.StringComparer.Ordinal);

    // Targets already waiting, by node id: a slot like object.ToString is offered once per call site, with every override.
    private bool[] _isWaiting = new bool[1024];

    // A static constructor waits once per method it stands for (a class's constructor follows each of its overrides).
    private readonly HashSet<(int Target, int Implementation)> _constructorsWaiting = new();

    // Per implementation (by node id): how many of its declaring type's receivers were asked, and the first that runs it.
    private readonly Dictionary<int, FirstReceiver> _firstReceivers = new();

    public DispatchRule(LiveWorld world, OverrideResolution overrides)
    {
        _world = world;
        _overrides = overrides;
    }

    /// <summary>A dispatch target of a marked call site: it is marked now if a receiver can run it, or when one can.</summary>
    public void Offer(MethodNode target, MethodNode? implementation, MethodNode site, int ilOffset, EdgeKind kind)
    {
        if (_world.IsReached(target))
        {
            return;
        }

        var runs = implementation ?? target;
        bool isSelf = ReferenceEquals(runs, target);
        if (isSelf ? target.Id < _isWaiting.Length && _isWaiting[target.Id] : _constructorsWaiting.Contains((target.Id, runs.Id)))
        {
            return;
        }

        if (ReceiverFor(runs, int.MaxValue) is { } receiver)
        {
            _world.Reach(target, new MarkReason(site, ilOffset, kind, receiver));
            return;
        }

        string declaringType = runs.DeclaringType.FullName;
        if (!_waiting.TryGetValue(declaringType, out var list))
        {
            list = new List<Waiting>();
            _waiting.Add(declaringType, list);
        }

        list.Add(new Waiting(target, runs, DeclaringTypeOf(runs), new MarkReason(site, ilOffset, kind, null)));
        if (!isSelf)
        {
            _constructorsWaiting.Add((target.Id, runs.Id));
            return;
        }

        if (target.Id >= _isWaiting.Length)
        {
            System.Array.Resize(ref _isWaiting, System.Math.Max(target.Id + 1, _isWaiting.Length * 2));
        }

        _isWaiting[target.Id] = true;
    }

    /// <summary>A type just became live: what waited on its name or an ancestor's and runs on it is marked, with it as the receiver.</summary>
    public void Open(LiveReceiver receiver, IEnumerable<string> names)
    {
        foreach (string name in names)
        {
            if (!_waiting.TryGetValue(name, out var targets))
            {
                continue;
            }

            List<Waiting>? stillWaiting = null;
            foreach (var waiting in targets)
            {
                if (!Runs(receiver.Type, waiting.Declaring, waiting.Implementation))
                {
                    (stillWaiting ??= new List<Waiting>()).Add(waiting);
                    continue;
                }

                if (ReferenceEquals(waiting.Target, waiting.Implementation))
                {
                    _isWaiting[waiting.Target.Id] = false;
                }
                else
                {
                    _constructorsWaiting.Remove((waiting.Target.Id, waiting.Implementation.Id));
                }

                _world.Reach(waiting.Target, waiting.Reason with { Detail = receiver });
            }

            if (stillWaiting is null)
            {
                _waiting.Remove(name);
            }
            else if (stillWaiting.Count != targets.Count)
            {
                _waiting[name] = stillWaiting;
            }
        }
    }

    /// <summary>The receiver that lets a marking of the world at <paramref name="epoch"/> follow <paramref name="edge"/>; null when none can exist yet.</summary>
    public LiveReceiver? ReceiverAt(Edge edge, int epoch) => ReceiverFor(edge.Implementation ?? edge.Target, epoch);

    /// <summary>The first live type (by <paramref name="epoch"/>) that runs <paramref name="implementation"/> through its slot.</summary>
    private LiveReceiver? ReceiverFor(MethodNode implementation, int epoch)
    {
        if (_world.Live.ReceiversOf(implementation.DeclaringType.FullName) is not { } receivers)
        {
            return null;
        }

        _firstReceivers.TryGetValue(implementation.Id, out var first);
        if (first.Asked < receivers.Count && first.Found is null)
        {
            var declaring = DeclaringTypeOf(implementation);
            for (int i = first.Asked; i < receivers.Count; i++)
            {
                if (Runs(receivers[i].Type, declaring, implementation))
                {
                    first = new FirstReceiver(i + 1, receivers[i]);
                    break;
                }

                first = new FirstReceiver(i + 1, null);
            }

            _firstReceivers[implementation.Id] = first;
        }

        // Receivers are in the order they became live, so the first that runs it is the earliest epoch that can.
        return first.Found is { } found && found.Reason.Epoch <= epoch ? found : null;
    }

    private bool Runs(ResolvedType receiver, ResolvedType declaring, MethodNode implementation) =>
        !_overrides.IsReplacedIn(receiver, declaring, implementation.Handle);

    // Read once per waiting target (or receiver search), not once per type offered to it: EF Core offers thousands.
    private static ResolvedType DeclaringTypeOf(MethodNode implementation) =>
        new(implementation.Assembly, implementation.Assembly.Reader.GetMethodDefinition(implementation.Handle).GetDeclaringType());

    private readonly record struct Waiting(MethodNode Target, MethodNode Implementation, ResolvedType Declaring, MarkReason Reason);

    private readonly record struct FirstReceiver(int Asked, LiveReceiver? Found);
}
