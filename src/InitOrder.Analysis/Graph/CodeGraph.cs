using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// The reachability graph, built lazily: a method's edges and mentions are computed the first time a
/// search reaches it. Edges through virtual dispatch depend on which assemblies are loaded, so after
/// a search loads more assemblies the caller forgets those facts and searches again (see
/// <see cref="ForgetStaleDispatch"/>).
/// </summary>
internal sealed class CodeGraph
{
    private readonly Dictionary<(LoadedAssembly, MethodDefinitionHandle), MethodNode> _nodes = new();
    private readonly Dictionary<MethodNode, MethodFacts> _facts = new();

    public CodeGraph(AssemblySet assemblies)
    {
        Assemblies = assemblies;
        Types = new TypeResolver(assemblies);
        Hierarchy = new TypeHierarchy(Types);
        Members = new MemberResolver(Types, Hierarchy);
        Dispatch = new VirtualDispatchIndex(assemblies, Hierarchy);
        Callbacks = new FrameworkCallbackFinder(Hierarchy, Types);
        Caches = new GraphCaches(this);
    }

    public AssemblySet Assemblies { get; }

    public TypeResolver Types { get; }

    public TypeHierarchy Hierarchy { get; }

    public MemberResolver Members { get; }

    public VirtualDispatchIndex Dispatch { get; }

    public FrameworkCallbackFinder Callbacks { get; }

    public GraphCaches Caches { get; }

    public int LoadedAssemblyCount => Assemblies.Loaded.Count;

    /// <summary>Assemblies with code loaded so far: only they can add implementations to virtual dispatch.</summary>
    public int ImplementationAssemblyCount => Assemblies.ImplementationCount;

    /// <summary>Methods whose facts were computed since the last reset.</summary>
    public int MethodsAnalysed => _facts.Count;

    public int EdgeCount { get; private set; }

    public MethodNode Node(LoadedAssembly assembly, MethodDefinitionHandle handle)
    {
        if (!_nodes.TryGetValue((assembly, handle), out var node))
        {
            node = new MethodNode(assembly, handle, _nodes.Count);
            _nodes.Add((assembly, handle), node);
        }

        return node;
    }

    public MethodNode Node(ResolvedMethod method) => Node(method.DeclaringType.Assembly, method.Handle);

    public MethodFacts FactsOf(MethodNode node)
    {
        if (!_facts.TryGetValue(node, out var facts))
        {
            facts = Build(node);
            _facts.Add(node, facts);
            EdgeCount += facts.Edges.Count;
        }

        return facts;
    }

    /// <summary>
    /// Forgets the facts that virtual dispatch computed before more assemblies were loaded, so the next
    /// search sees the implementations those assemblies add. Returns how many were forgotten.
    /// </summary>
    public int ForgetStaleDispatch()
    {
        var stale = new List<MethodNode>();
        foreach (var pair in _facts)
        {
            if (pair.Value.Dispatches && pair.Value.ImplementationAssemblies < ImplementationAssemblyCount)
            {
                stale.Add(pair.Key);
            }
        }

        foreach (var node in stale)
        {
            EdgeCount -= _facts[node].Edges.Count;
            _facts.Remove(node);
        }

        return stale.Count;
    }

    private MethodFacts Build(MethodNode node)
    {
        if (node.Assembly.IsReferenceAssembly)
        {
            return MethodFacts.Empty;
        }

        try
        {
            return new MethodFactsBuilder(this, node).Build();
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
        {
            // Metadata readers report a bad token as BadImageFormat, an out-of-range handle or a handle of the wrong kind.
            // One bad body must not stop the proof for the rest; it is reported and left out.
            return MethodFacts.Malformed(node, e.Message);
        }
    }
}
