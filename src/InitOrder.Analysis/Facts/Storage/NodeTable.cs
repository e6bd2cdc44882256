using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// The one <see cref="MethodNode"/> per method definition, found by its row number in the assembly's
/// MethodDef table. Every edge of every scanned method asks for a node, so this replaces a dictionary
/// keyed by (assembly, handle) whose hashing showed in profiles. Rows outside the table (malformed
/// tokens) still get nodes through the dictionary, so they fail later exactly as before.
/// </summary>
internal sealed class NodeTable
{
    private readonly Dictionary<LoadedAssembly, MethodNode?[]> _byAssembly = new();
    private readonly Dictionary<(LoadedAssembly, MethodDefinitionHandle), MethodNode> _outsideTables = new();
    private LoadedAssembly? _lastAssembly;
    private MethodNode?[] _lastNodes = System.Array.Empty<MethodNode?>();
    private readonly List<MethodNode> _byId = new();

    public int Count => _byId.Count;

    /// <summary>The node with this <see cref="MethodNode.Id"/>: packed edges name their targets by id.</summary>
    public MethodNode this[int id] => _byId[id];

    public MethodNode GetOrAdd(LoadedAssembly assembly, MethodDefinitionHandle handle)
    {
        var nodes = NodesOf(assembly);
        int row = MetadataTokens.GetRowNumber(handle);
        if (row > 0 && row < nodes.Length)
        {
            return nodes[row] ??= Create(assembly, handle);
        }

        if (!_outsideTables.TryGetValue((assembly, handle), out var node))
        {
            node = Create(assembly, handle);
            _outsideTables.Add((assembly, handle), node);
        }

        return node;
    }

    // Ids count created nodes only: a constructor that throws on a bad handle uses none.
    private MethodNode Create(LoadedAssembly assembly, MethodDefinitionHandle handle)
    {
        var node = new MethodNode(assembly, handle, Count);
        _byId.Add(node);
        return node;
    }

    private MethodNode?[] NodesOf(LoadedAssembly assembly)
    {
        // Consecutive lookups are nearly always in the same assembly.
        if (ReferenceEquals(assembly, _lastAssembly))
        {
            return _lastNodes;
        }

        if (!_byAssembly.TryGetValue(assembly, out var nodes))
        {
            nodes = new MethodNode?[assembly.Reader.GetTableRowCount(TableIndex.MethodDef) + 1];
            _byAssembly.Add(assembly, nodes);
        }

        _lastAssembly = assembly;
        _lastNodes = nodes;
        return nodes;
    }
}
