using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts.Cache;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What each method's IL can make run, built lazily: a method's facts (edges, mentions, types made live, reflective
/// calls, static fields read and written) are computed the first time something asks for them, and kept packed (Facts/Storage, which only this
/// folder uses). Edges through virtual dispatch point at shared <see cref="DispatchSet"/>s, which depend on
/// which assemblies are loaded: <see cref="RefreshDispatch"/> brings them up to date.
/// </summary>
internal sealed class FactStore
{
    private readonly PackedStore<PackedEdge> _edgeStore = new();
    private readonly PackedStore<PackedMention> _mentionStore = new();
    private FactsRecord[] _records = new FactsRecord[1024];
    private readonly List<MethodNode> _analysed = new();
    private readonly NodeTable _nodes = new();
    private FactsReplay? _replay;
    private GenericBindings? _mainGenerics;
    private DelegateFlow? _mainDelegates;

    /// <param name="cache">Facts of referenced assemblies from earlier runs (see Facts/Cache); null scans every method.</param>
    public FactStore(ResolutionContext context, FactsCache? cache = null)
    {
        Context = context;
        Cache = cache;
        Annotations = new AnnotationReader();
        Templates = new MentionTemplates();
        Tokens = new TokenSummaries(this);
        TypeFacts = new TypeFacts(this);
        DispatchSets = new DispatchSets(this);
        HandOffs = new DelegateHandOffs(context);
        ObjectHandOffs = new ObjectHandOffs(HandOffs);
    }

    public ResolutionContext Context { get; }

    /// <summary>
    /// Scans every instruction, a token repeated in one body included (<see cref="VerificationRequest.ScanRepeatedTokens"/>):
    /// the tests' check that skipping repeats loses nothing. Off in every build.
    /// </summary>
    public bool ScanRepeatedTokens { get; init; }

    public FactsCache? Cache { get; }

    /// <summary>The trimmer's attributes on called methods: what reflection they do (see Reflection/ReflectionScan).</summary>
    public AnnotationReader Annotations { get; }

    public TokenSummaries Tokens { get; }

    public TypeFacts TypeFacts { get; }

    public DispatchSets DispatchSets { get; }

    /// <summary>The delegate types calls into framework code hand over.</summary>
    public DelegateHandOffs HandOffs { get; }

    /// <summary>What calls into framework code hand over (see <see cref="Facts.ObjectHandOffs"/>).</summary>
    public ObjectHandOffs ObjectHandOffs { get; }

    /// <summary>What the analysed assembly binds to its own generic methods' type parameters, read on first use.</summary>
    public GenericBindings MainGenerics => _mainGenerics ??= GenericBindings.Read(Context, Context.Assemblies.Main);

    /// <summary>Where the analysed assembly's delegates go through its static delegate fields, read on first use.</summary>
    public DelegateFlow MainDelegates => _mainDelegates ??= DelegateFlow.Read(this, Context.Assemblies.Main);

    /// <summary>Methods whose facts were computed.</summary>
    public int MethodsAnalysed => _analysed.Count;

    /// <summary>
    /// Distinct (method, target) pairs over the methods analysed: what the graph would hold with one edge per
    /// target. Stored, a virtual call site is one edge to a shared set however many methods it may reach.
    /// </summary>
    public int EdgeCount
    {
        get
        {
            var seenBy = new int[_nodes.Count];
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

    internal MentionTemplates Templates { get; }

    /// <summary>Stopwatch ticks spent building facts so far, so that the phases around them can leave that time out.</summary>
    public long ScanTicks => Scratch.ScanTicks;

    /// <summary>Buffers the outermost method scan reuses.</summary>
    internal FactsScratch Scratch { get; } = new();

    public MethodNode Node(LoadedAssembly assembly, MethodDefinitionHandle handle) => _nodes.GetOrAdd(assembly, handle);

    public MethodNode Node(ResolvedMethod method) => Node(method.DeclaringType.Assembly, method.Handle);

    /// <summary>The node with this <see cref="MethodNode.Id"/>: packed edges name their targets by id.</summary>
    public MethodNode NodeById(int id) => _nodes[id];

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

    /// <summary>
    /// The facts of only the instructions <paramref name="includes"/> accepts, scanned now and never cached: for the parts
    /// of a method with guarded regions (Guards/GuardRule).
    /// </summary>
    public MethodFacts ScanPart(MethodNode node, Func<int, bool> includes)
    {
        Scratch.Enter();
        try
        {
            return View(new MethodFactsBuilder(this, node, includes).Build());
        }
        finally
        {
            Scratch.Exit();
        }
    }

    /// <summary>Appends one method's facts to the stores (see <see cref="FactsCollector"/>).</summary>
    internal FactsRecord Store(List<PackedEdge> edges, List<PackedMention> mentions, IReadOnlyList<NotFollowedNote> notes, Instantiation[]? instantiations,
        ReflectionSite[]? reflection, StaticFieldAccess[]? fieldAccesses, DelegateCreation[]? delegateCreations, DelegateInvocation[]? delegateInvocations,
        ObjectHandOff[]? handOffs) =>
        new(_edgeStore.Append(edges), edges.Count, _mentionStore.Append(mentions), mentions.Count, notes, instantiations, reflection, fieldAccesses,
            delegateCreations, delegateInvocations, handOffs);

    /// <summary>
    /// Brings every dispatch set up to date with the assemblies loaded so far, so the next pass sees the
    /// implementations they add. The facts that point at the sets stay. Returns how many sets changed since the
    /// previous call; none means marking again would find nothing new.
    /// </summary>
    public int RefreshDispatch() => DispatchSets.RefreshAll();

    /// <summary>Writes back the cache entries this run added to (after the phases: its time is in the run's total only).</summary>
    public void SaveCache()
    {
        if (Cache is null)
        {
            return;
        }

        Scratch.Enter();
        try
        {
            Cache.Save();
        }
        finally
        {
            Scratch.Exit();
        }
    }

    private MethodFacts View(FactsRecord record) =>
        new(new EdgeList(this, _edgeStore.Items, record.EdgeStart, record.EdgeCount),
            new MentionList(Templates, _mentionStore.Items, record.MentionStart, record.MentionCount),
            record.Notes ?? Array.Empty<NotFollowedNote>(),
            record.Instantiations,
            record.Reflection,
            record.FieldAccesses,
            record.DelegateCreations,
            record.DelegateInvocations,
            record.HandOffs);

    /// <summary>Cached facts that no longer fit this run's metadata are scanned instead: the cache must not turn a readable body into a malformed one.</summary>
    private FactsRecord? TryReplay(MethodNode node, CachedMethod cached)
    {
        try
        {
            return (_replay ??= new FactsReplay(this)).Replay(node, cached);
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
        {
            return null;
        }
    }

    private FactsRecord Build(MethodNode node)
    {
        if (node.Assembly.IsReferenceAssembly)
        {
            return FactsRecord.Empty;
        }

        Scratch.Enter();
        try
        {
            if (Cache is null)
            {
                return new MethodFactsBuilder(this, node).Build();
            }

            if (Cache.Find(node) is { } cached && TryReplay(node, cached) is { } replayed)
            {
                Cache.Replayed++;
                return replayed;
            }

            Cache.Requests.Clear();
            Context.Assemblies.Requests = Cache.Requests;
            var record = new MethodFactsBuilder(this, node).Build();
            Context.Assemblies.Requests = null;
            if (FactsSymbols.Of(this, node, View(record), Cache.Requests.Names) is { } symbols)
            {
                Cache.Add(node, symbols);
            }

            return record;
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidCastException || e is IndexOutOfRangeException)
        {
            // Metadata readers report a bad token as BadImageFormat, an out-of-range handle or a handle of the wrong kind.
            // One bad body must not stop the proof for the rest; it is reported and left out.
            return FactsRecord.Malformed(node, e.Message);
        }
        finally
        {
            Context.Assemblies.Requests = null;
            Scratch.Exit();
        }
    }
}
