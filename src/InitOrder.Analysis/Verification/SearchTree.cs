using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// The breadth-first tree of one search: for each reached method, the method and edge it was first
/// reached through, so the path back to the root is a shortest one.
/// </summary>
internal sealed class SearchTree
{
    private readonly Dictionary<MethodNode, (MethodNode? Parent, Edge? Via)> _parents = new();

    public SearchTree(MethodNode root)
    {
        Root = root;
        _parents.Add(root, (null, null));
    }

    /// <summary>A forest searched at once: each path leads back to the nearest of <paramref name="roots"/> (the first is <see cref="Root"/>).</summary>
    public SearchTree(IReadOnlyList<MethodNode> roots)
        : this(roots[0])
    {
        foreach (var root in roots)
        {
            _parents[root] = (null, null);
        }
    }

    public MethodNode Root { get; }

    public int Count => _parents.Count;

    public bool Contains(MethodNode node) => _parents.ContainsKey(node);

    public bool TryAdd(MethodNode node, MethodNode parent, Edge via)
    {
        if (_parents.ContainsKey(node))
        {
            return false;
        }

        _parents.Add(node, (parent, via));
        return true;
    }

    /// <summary>The path from the root to <paramref name="node"/>: each method with the edge it takes to the next one.</summary>
    public List<(MethodNode Method, Edge? Next)> PathTo(MethodNode node)
    {
        var path = new List<(MethodNode, Edge?)>();
        Edge? next = null;
        MethodNode? current = node;
        while (current is not null)
        {
            path.Add((current, next));
            var (parent, via) = _parents[current];
            next = via;
            current = parent;
        }

        path.Reverse();
        return path;
    }
}
