using System.Collections.Generic;
using InitOrder.Analysis.Reachability;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The live types by every name they are or derive from, in the order they became live: what the handed-types rule
/// (an object handed in may be any live subtype) and the reflected-overrides rule (a found virtual runs in live
/// subtypes) look up. It catches up with the world's live list only when a rule asks it to, so each rule sees the
/// types it has been told about, and the lists only grow.
/// </summary>
internal sealed class LiveTypesByName
{
    private static readonly IReadOnlyList<ResolvedType> None = new List<ResolvedType>();

    private readonly LiveTypes _live;
    private readonly TypeHierarchy _hierarchy;
    private readonly Dictionary<string, List<ResolvedType>> _byName = new(System.StringComparer.Ordinal);
    private int _indexed;

    public LiveTypesByName(LiveTypes live, TypeHierarchy hierarchy)
    {
        _live = live;
        _hierarchy = hierarchy;
    }

    /// <summary>Indexes the types that became live since the last call.</summary>
    public void CatchUp()
    {
        var live = _live.InOrder;
        for (; _indexed < live.Count; _indexed++)
        {
            var type = live[_indexed];
            Add(type.Name.FullName, type);
            foreach (string ancestor in _hierarchy.Ancestors(type).FullNames)
            {
                Add(ancestor, type);
            }
        }
    }

    /// <summary>
    /// The indexed live types that are or derive from <paramref name="name"/>. The list grows when a later catch-up adds
    /// to it: iterate by index, to the count a rule means to see.
    /// </summary>
    public IReadOnlyList<ResolvedType> Of(string name) => _byName.TryGetValue(name, out var types) ? types : None;

    private void Add(string name, ResolvedType type)
    {
        if (!_byName.TryGetValue(name, out var types))
        {
            types = new List<ResolvedType>();
            _byName.Add(name, types);
        }

        types.Add(type);
    }
}
