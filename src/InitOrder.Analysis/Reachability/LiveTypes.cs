using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// The set of live types (whose objects can exist), each with the reason it became live, and an index from every
/// type or interface name to the first live type that is or derives from it: an override or implementation
/// declared in <c>D</c> can run once <see cref="ReceiverFor"/>(<c>D</c>) answers.
/// </summary>
internal sealed class LiveTypes
{
    private readonly TypeHierarchy _hierarchy;
    private readonly Dictionary<ResolvedType, LiveReason> _reasons = new();
    private readonly List<ResolvedType> _inOrder = new();
    private readonly Dictionary<string, LiveReceiver> _byAncestor = new(System.StringComparer.Ordinal);

    public LiveTypes(TypeHierarchy hierarchy)
    {
        _hierarchy = hierarchy;
    }

    /// <summary>Every live type, in the order it became live.</summary>
    public IReadOnlyList<ResolvedType> InOrder => _inOrder;

    public int Count => _inOrder.Count;

    public bool Contains(ResolvedType type) => _reasons.ContainsKey(type);

    /// <summary>
    /// Makes <paramref name="type"/> live. Returns the type and ancestor names that had no live subtype before, so the
    /// dispatch targets waiting on them can run; null when the type was live already.
    /// </summary>
    public List<string>? Add(ResolvedType type, LiveReason reason)
    {
        if (_reasons.ContainsKey(type))
        {
            return null;
        }

        _reasons.Add(type, reason);
        _inOrder.Add(type);
        var opened = new List<string>();
        var receiver = new LiveReceiver(type, reason);
        Open(type.Name.FullName, receiver, opened);
        foreach (string ancestor in _hierarchy.Ancestors(type).FullNames)
        {
            Open(ancestor, receiver, opened);
        }

        return opened;
    }

    /// <summary>The first live type that is <paramref name="declaringType"/> or derives from it, if it was live by <paramref name="epoch"/>.</summary>
    public LiveReceiver? ReceiverFor(string declaringType, int epoch) =>
        _byAncestor.TryGetValue(declaringType, out var found) && found.Reason.Epoch <= epoch ? found : null;

    public LiveReason? ReasonFor(ResolvedType type) => _reasons.TryGetValue(type, out var reason) ? reason : null;

    private void Open(string name, LiveReceiver receiver, List<string> opened)
    {
        if (!_byAncestor.ContainsKey(name))
        {
            _byAncestor.Add(name, receiver);
            opened.Add(name);
        }
    }
}
