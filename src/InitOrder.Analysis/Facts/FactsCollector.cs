using System.Collections.Generic;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Reflection;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Accumulates one method's edges, mentions and notes while its IL is scanned, keeping only the first
/// occurrence of each target (the earliest instruction is the one a chain points at).
/// </summary>
internal sealed class FactsCollector
{
    private readonly FactStore _store;
    private readonly MethodNode _method;
    private readonly List<PackedEdge> _edges;
    private readonly List<PackedMention> _mentions;
    private List<NotFollowedNote>? _notes;
    private List<Instantiation>? _instantiations;
    private List<StaticFieldAccess>? _fieldAccesses;
    private List<DelegateCreation>? _delegateCreations;
    private List<DelegateInvocation>? _delegateInvocations;
    private List<ObjectHandOff>? _handOffs;

    // The graph's reusable buffers when this is the outermost scan; otherwise a set of its own.
    private readonly FactsScratch? _scratch;
    private readonly HashSet<int>? _targets;
    private readonly HashSet<int>? _sets;

    public FactsCollector(FactStore store, MethodNode method)
    {
        _store = store;
        _method = method;
        if (store.Scratch.Depth == 1)
        {
            _scratch = store.Scratch;
            _edges = _scratch.Edges;
            _mentions = _scratch.Mentions;
        }
        else
        {
            _edges = new List<PackedEdge>();
            _mentions = new List<PackedMention>();
            _targets = new HashSet<int>();
            _sets = new HashSet<int>();
        }
    }

    public void AddEdge(int ilOffset, MethodNode? target, EdgeKind kind)
    {
        if (target is not null && (_scratch?.FirstEdgeTo(target) ?? _targets!.Add(target.Id)))
        {
            _edges.Add(PackedEdge.ToNode(ilOffset, target, kind));
        }
    }

    public void AddEdge(int ilOffset, ResolvedMethod target, EdgeKind kind)
    {
        var assembly = target.DeclaringType.Assembly;
        if (!assembly.IsReferenceAssembly && assembly.Reader.GetMethodDefinition(target.Handle).RelativeVirtualAddress != 0)
        {
            AddEdge(ilOffset, _store.Node(target), kind);
        }
    }

    /// <summary>Records what a token names and loads, and hands its types to framework callbacks when asked.</summary>
    public void Apply(int ilOffset, TokenSummary summary, bool handsOutTypes)
    {
        // Each token is applied once per method (repeats are skipped by the caller), so its mentions are new here.
        for (int i = 0; i < summary.MentionCount; i++)
        {
            _mentions.Add(new PackedMention(ilOffset, summary.FirstMentionId + i));
        }

        // Compiling this method makes the JIT load every assembly its tokens name, running their module initializers.
        var (initializers, callbacks, valueTypes) = _store.Tokens.TargetsOf(summary);
        foreach (var initializer in initializers)
        {
            if (initializer.Assembly != _method.Assembly)
            {
                AddEdge(ilOffset, initializer, EdgeKind.ModuleInitializer);
            }
        }

        if (handsOutTypes)
        {
            // Static members that implement framework interfaces need no object: a type handle is enough.
            foreach (var callback in callbacks)
            {
                AddEdge(ilOffset, callback, EdgeKind.FrameworkCallback);
            }

            // A value type needs no constructor: once code names it, values of it can exist.
            foreach (var type in valueTypes)
            {
                Instantiate(ilOffset, type, InstantiationKind.ValueTypeUsed);
            }
        }
    }

    /// <summary>Objects of <paramref name="type"/> can exist after this instruction (see Reachability/LiveTypes).</summary>
    public void Instantiate(int ilOffset, ResolvedType? type, InstantiationKind kind)
    {
        if (type is not { HasCode: true })
        {
            return;
        }

        _instantiations ??= new List<Instantiation>();
        foreach (var known in _instantiations)
        {
            if (known.Type.Equals(type))
            {
                return;
            }
        }

        _instantiations.Add(new Instantiation(ilOffset, type, kind));
    }

    /// <summary>
    /// Touching a type may run its static constructor: any access for a precise type, a static field access for a
    /// <c>beforefieldinit</c> one (see <see cref="StaticConstructorTrigger"/> and eng/soundness.md).
    /// </summary>
    public void TriggerStaticConstructor(int ilOffset, ResolvedType? type, StaticConstructorTrigger trigger)
    {
        if (type is not null && (trigger != StaticConstructorTrigger.MemberAccess || !_store.TypeFacts.IsBeforeFieldInit(type)))
        {
            AddEdge(ilOffset, _store.TypeFacts.ClassConstructorOf(type), EdgeKind.StaticConstructor);
        }
    }

    public void TriggerModuleInitializer(int ilOffset, LoadedAssembly? assembly)
    {
        // Code in an assembly already runs after that assembly's own initializer; only other assemblies are new triggers.
        if (assembly is { IsReferenceAssembly: false } && assembly != _store.Context.Assemblies.Main && assembly != _method.Assembly &&
            assembly.ModuleInitializer is { } initializer)
        {
            AddEdge(ilOffset, _store.Node(assembly, initializer), EdgeKind.ModuleInitializer);
        }
    }

    /// <summary>
    /// One edge to the shared set rather than one per member: the set's members come out where this edge is when
    /// the edges are enumerated, which finds the same methods through the same instructions in the same order.
    /// </summary>
    public void AddDispatch(int ilOffset, DispatchSet set)
    {
        if (_scratch?.FirstEdgeTo(set) ?? _sets!.Add(set.Id))
        {
            _edges.Add(PackedEdge.ToSet(ilOffset, set));
        }
    }

    /// <summary>A static field read or written here; only the first read and the first write of each field are kept.</summary>
    public void AccessStaticField(int ilOffset, StaticField field, bool isWrite)
    {
        _fieldAccesses ??= new List<StaticFieldAccess>();
        foreach (var known in _fieldAccesses)
        {
            if (known.IsWrite == isWrite && known.Field.Equals(field))
            {
                return;
            }
        }

        _fieldAccesses.Add(new StaticFieldAccess(ilOffset, field, isWrite));
    }

    public void CreateDelegate(int ilOffset, MethodNode target, DelegateType type) =>
        (_delegateCreations ??= new List<DelegateCreation>()).Add(new DelegateCreation(ilOffset, target, type));

    public void InvokeDelegate(int ilOffset, DelegateType type, string? handedTo) =>
        (_delegateInvocations ??= new List<DelegateInvocation>()).Add(new DelegateInvocation(ilOffset, type, handedTo));

    /// <summary>Objects handed to framework code here; only the first instruction handing each target is kept.</summary>
    public void HandOff(int ilOffset, HandOffTarget target)
    {
        _handOffs ??= new List<ObjectHandOff>();
        foreach (var known in _handOffs)
        {
            if (known.Target.Equals(target))
            {
                return;
            }
        }

        _handOffs.Add(new ObjectHandOff(ilOffset, target));
    }

    public void Note(NotFollowedNote note) => (_notes ??= new List<NotFollowedNote>()).Add(note);

    /// <summary>Stores the facts in the store's packed stores and returns where they are.</summary>
    public FactsRecord Build(ReflectionSite[]? reflection) =>
        _store.Store(_edges, _mentions, _notes is null ? System.Array.Empty<NotFollowedNote>() : _notes.ToArray(), _instantiations?.ToArray(), reflection, _fieldAccesses?.ToArray(),
            _delegateCreations?.ToArray(), _delegateInvocations?.ToArray(), _handOffs?.ToArray());
}
