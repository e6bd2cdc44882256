using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The reachability graph, built lazily: a method's facts (edges, mentions, types made live, reflective calls) are
/// computed the first time the live world reaches it. Edges through virtual dispatch depend on which assemblies are
/// loaded, so when scanning loads more, the world brings the dispatch sets up to date and offers their new members
/// (see <see cref="ForgetStaleDispatch"/> and Reachability/LiveWorld).
/// </summary>
internal sealed class CodeGraph
{

    // Facts by node id (ids are dense), and the nodes that have them in the order they were computed.
    private readonly PackedStore<PackedEdge> _edgeStore = new();
    private readonly PackedStore<PackedMention> _mentionStore = new();
    private FactsRecord[] _records = new FactsRecord[1024];
    private readonly List<MethodNode> _analysed = new();

    public CodeGraph(AssemblySet assemblies)
    {
        Assemblies = assemblies;
        Types = new TypeResolver(assemblies);
        Hierarchy = new TypeHierarchy(Types);
        Members = new MemberResolver(Types, Hierarchy);
        Dispatch = new VirtualDispatchIndex(assemblies, Hierarchy);
        Callbacks = new FrameworkCallbackFinder(Hierarchy, Types);
        Annotations = new AnnotationReader();
        Caches = new GraphCaches(this);
        DispatchSets = new DispatchSets(this);
    }

    public AssemblySet Assemblies { get; }

    public TypeResolver Types { get; }

    public TypeHierarchy Hierarchy { get; }

    public MemberResolver Members { get; }

    public VirtualDispatchIndex Dispatch { get; }

    public FrameworkCallbackFinder Callbacks { get; }

    /// <summary>The trimmer's attributes on called methods: what reflection they do (see Reflection/ReflectionScan).</summary>
    public AnnotationReader Annotations { get; }

    public GraphCaches Caches { get; }

    /// <summary>Every node, by id.</summary>
    public NodeTable Nodes { get; } = new();

    public DispatchSets DispatchSets { get; }

    public MentionTemplates Templates { get; } = new();

    public int LoadedAssemblyCount => Assemblies.Loaded.Count;

    /// <summary>Assemblies with code loaded so far: only they can add implementations to virtual dispatch.</summary>
    public int ImplementationAssemblyCount => Assemblies.ImplementationCount;

    /// <summary>Methods whose facts were computed since the last reset.</summary>
    public int MethodsAnalysed => _analysed.Count;

    /// <summary>
    /// Distinct (method, target) pairs over the methods analysed: what the graph would hold with one edge per
    /// target. Stored, a virtual call site is one edge to a shared set however many methods it may reach.
    /// </summary>
    public int EdgeCount
    {
        get
        {
            var seenBy = new int[Nodes.Count];
            int count = 0;
            foreach (var node in _analysed)
            {
                foreach (var edge in View(_records[node.Id]).Edges)
                {
                    if (seenBy[edge.Target.Id] != node.Id + 1)
                    {
                        seenBy[edge.Target.Id] = node.Id + 1;
                        count++;
                    }
                }
            }

            return count;
        }
    }

    /// <summary>Buffers the outermost method scan reuses.</summary>
    public FactsScratch Scratch { get; } = new();

    public MethodNode Node(LoadedAssembly assembly, MethodDefinitionHandle handle) => Nodes.GetOrAdd(assembly, handle);

    public MethodNode Node(ResolvedMethod method) => Node(method.DeclaringType.Assembly, method.Handle);

    public MethodFacts FactsOf(MethodNode node)
    {
        if (node.Id < _records.Length && _records[node.Id].IsBuilt)
        {
            return View(_records[node.Id]);
        }

        var record = Build(node);
        if (node.Id >= _records.Length)
        {
            Array.Resize(ref _records, Math.Max(node.Id + 1, _records.Length * 2));
        }

        _records[node.Id] = record;
        _analysed.Add(node);
        return View(record);
    }

    /// <summary>Appends one method's facts to the stores (see <see cref="FactsCollector"/>).</summary>
    public FactsRecord Store(List<PackedEdge> edges, List<PackedMention> mentions, IReadOnlyList<NotFollowedNote> notes, Instantiation[]? instantiations, ReflectionSite[]? reflection) =>
        new(_edgeStore.Append(edges), edges.Count, _mentionStore.Append(mentions), mentions.Count, notes, instantiations, reflection);

    /// <summary>
    /// Brings every dispatch set up to date with the assemblies loaded so far, so the next search sees the
    /// implementations they add. The facts that point at the sets stay. Returns how many sets changed since the
    /// previous call; none means searching again would find nothing new.
    /// </summary>
    public int ForgetStaleDispatch() => DispatchSets.RefreshAll();

    private MethodFacts View(FactsRecord record) =>
        new(new EdgeList(this, _edgeStore.Items, record.EdgeStart, record.EdgeCount),
            new MentionList(Templates, _mentionStore.Items, record.MentionStart, record.MentionCount),
            record.Notes ?? Array.Empty<NotFollowedNote>(),
            record.Instantiations,
            record.Reflection);

    private FactsRecord Build(MethodNode node)
    {
        if (node.Assembly.IsReferenceAssembly)
        {
            return FactsRecord.Empty;
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
            return FactsRecord.Malformed(node, e.Message);
        }
        finally
        {
            Scratch.Exit();
        }
    }
}
