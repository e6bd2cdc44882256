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
    private readonly NodeTable _nodes = new();

    // Facts by node id (ids are dense), and the nodes that have them in the order they were computed.
    private readonly List<MethodFacts?> _factsById = new();
    private readonly List<MethodNode> _analysed = new();

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
    public int MethodsAnalysed => _analysed.Count;

    public int EdgeCount { get; private set; }

    /// <summary>Buffers the outermost method scan reuses.</summary>
    public FactsScratch Scratch { get; } = new();

    public MethodNode Node(LoadedAssembly assembly, MethodDefinitionHandle handle) => _nodes.GetOrAdd(assembly, handle);

    public MethodNode Node(ResolvedMethod method) => Node(method.DeclaringType.Assembly, method.Handle);

    public MethodFacts FactsOf(MethodNode node)
    {
        if (node.Id < _factsById.Count && _factsById[node.Id] is { } known)
        {
            return known;
        }

        var facts = Build(node);
        while (_factsById.Count <= node.Id)
        {
            _factsById.Add(null);
        }

        _factsById[node.Id] = facts;
        _analysed.Add(node);
        EdgeCount += facts.Edges.Count;
        return facts;
    }

    /// <summary>
    /// Forgets the facts that virtual dispatch computed before more assemblies were loaded, so the next
    /// search sees the implementations those assemblies add. Returns how many were forgotten.
    /// </summary>
    public int ForgetStaleDispatch()
    {
        int kept = 0;
        for (int i = 0; i < _analysed.Count; i++)
        {
            var node = _analysed[i];
            var facts = _factsById[node.Id]!;
            if (facts.Dispatches && facts.ImplementationAssemblies < ImplementationAssemblyCount)
            {
                EdgeCount -= facts.Edges.Count;
                _factsById[node.Id] = null;
            }
            else
            {
                _analysed[kept++] = node;
            }
        }

        int stale = _analysed.Count - kept;
        _analysed.RemoveRange(kept, stale);
        return stale;
    }

    private MethodFacts Build(MethodNode node)
    {
        if (node.Assembly.IsReferenceAssembly)
        {
            return MethodFacts.Empty;
        }

        Scratch.Enter();
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
        finally
        {
            Scratch.Exit();
        }
    }
}
