using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The set of live types (whose objects can exist), each with the reason it became live, and an index from every
/// type or interface name to the live types that are or derive from it, in the order they became live: an override
/// or implementation declared in <c>D</c> can run once one of <see cref="ReceiversOf"/>(<c>D</c>) runs it
/// (<see cref="DispatchRule"/>).
/// </summary>
internal sealed class LiveTypes
{
    private readonly TypeHierarchy _hierarchy;
    private readonly Dictionary<ResolvedType, LiveReason> _reasons = new();
    private readonly List<ResolvedType> _inOrder = new();
    private readonly Dictionary<string, List<LiveReceiver>> _byAncestor = new(System.StringComparer.Ordinal);

    public LiveTypes(TypeHierarchy hierarchy)
    {
        _hierarchy = hierarchy;
    }

    /// <summary>Every live type, in the order it became live.</summary>
    public IReadOnlyList<ResolvedType> InOrder => _inOrder;

    public int Count => _inOrder.Count;

    public bool Contains(ResolvedType type) => _reasons.ContainsKey(type);

    /// <summary>
    /// Makes <paramref name="type"/> live. Returns it as a receiver, so the dispatch targets waiting on its name and its
    /// ancestors' names can be offered to it; null when the type was live already.
    /// </summary>
    public LiveReceiver? Add(ResolvedType type, LiveReason reason)
    {
        if (_reasons.ContainsKey(type))
        {
            return null;
        }

        _reasons.Add(type, reason);
        _inOrder.Add(type);
        var receiver = new LiveReceiver(type, reason);
        foreach (string name in NamesOf(type))
        {
            Index(name, receiver);
        }

        return receiver;
    }

    /// <summary>The type's own name and its ancestors' names, as they index it.</summary>
    public IEnumerable<string> NamesOf(ResolvedType type)
    {
        yield return type.Name.FullName;
        foreach (string ancestor in _hierarchy.Ancestors(type).FullNames)
        {
            yield return ancestor;
        }
    }

    /// <summary>The live types that are <paramref name="declaringType"/> or derive from it, in the order (and so the epochs) they became live.</summary>
    public IReadOnlyList<LiveReceiver>? ReceiversOf(string declaringType) => _byAncestor.TryGetValue(declaringType, out var found) ? found : null;

    public LiveReason? ReasonFor(ResolvedType type) => _reasons.TryGetValue(type, out var reason) ? reason : null;

    private void Index(string name, LiveReceiver receiver)
    {
        if (!_byAncestor.TryGetValue(name, out var receivers))
        {
            receivers = new List<LiveReceiver>();
            _byAncestor.Add(name, receivers);
        }

        receivers.Add(receiver);
    }
}
