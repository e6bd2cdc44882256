using System.Collections.Generic;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Answers that many method bodies ask for again and again, computed once: token summaries, static
/// constructor nodes and framework callbacks. Big libraries repeat the same tokens thousands of times.
/// </summary>
internal sealed class GraphCaches
{
    private readonly CodeGraph _graph;
    // Keys are MemberToken and DecodedType objects, which compare by reference (one object per token and assembly).
    private readonly Dictionary<object, TokenSummary> _summaries = new();
    private readonly Dictionary<ResolvedType, MethodNode?> _classConstructors = new();
    private readonly Dictionary<string, string[]> _singleAssemblies = new(System.StringComparer.Ordinal);
    private readonly List<MentionTemplate> _scratchMentions = new();
    private readonly List<string> _scratchAssemblies = new();
    private readonly List<NamedType> _scratchHandedOut = new();
    private readonly Dictionary<ResolvedType, FrameworkCallbacks> _callbacks = new();
    private readonly Dictionary<ResolvedType, bool> _valueTypes = new();

    public GraphCaches(CodeGraph graph)
    {
        _graph = graph;
    }

    // No lambdas here: a method that captures its parameter allocates the closure on every call, hit or miss.
    public TokenSummary SummaryOf(MemberToken token) =>
        _summaries.TryGetValue(token, out var summary) ? summary : Add(token, TokenSummary.ForMember(token, this));

    public TokenSummary SummaryOf(DecodedType type) =>
        _summaries.TryGetValue(type, out var summary) ? summary : Add(type, TokenSummary.ForType(type, this));

    /// <summary>
    /// The module initializers a token leads to, the static framework callbacks of the types it hands out, and the
    /// value types among them (named, they can exist); resolved once per token.
    /// </summary>
    public TokenTargets TargetsOf(TokenSummary summary)
    {
        if (summary.Targets is not { } targets)
        {
            // Index loops and lists created on first use: this runs once per token, and most tokens lead to none.
            List<MethodNode>? initializers = null;
            for (int i = 0; i < summary.Assemblies.Count; i++)
            {
                if (_graph.Assemblies.Get(summary.Assemblies[i]) is { IsReferenceAssembly: false } assembly && assembly != _graph.Assemblies.Main &&
                    assembly.ModuleInitializer is { } initializer)
                {
                    (initializers ??= new List<MethodNode>()).Add(_graph.Node(assembly, initializer));
                }
            }

            List<MethodNode>? callbacks = null;
            List<ResolvedType>? valueTypes = null;
            for (int i = 0; i < summary.HandedOut.Count; i++)
            {
                if (_graph.Types.Resolve(summary.HandedOut[i]) is not { HasCode: true } type)
                {
                    continue;
                }

                var found = CallbacksOf(type).Static;
                if (found.Count > 0)
                {
                    (callbacks ??= new List<MethodNode>()).AddRange(found);
                }

                if (IsValueType(type))
                {
                    (valueTypes ??= new List<ResolvedType>()).Add(type);
                }
            }

            targets = new TokenTargets(
                initializers ?? (IReadOnlyList<MethodNode>)System.Array.Empty<MethodNode>(),
                callbacks ?? (IReadOnlyList<MethodNode>)System.Array.Empty<MethodNode>(),
                valueTypes ?? (IReadOnlyList<ResolvedType>)System.Array.Empty<ResolvedType>());
            summary.Targets = targets;
        }

        return targets;
    }

    /// <summary>
    /// Overrides of a type that framework code may call back: instance ones once an object of the type exists
    /// (see Reachability/CallbackRule), static ones once code hands out the type.
    /// </summary>
    public FrameworkCallbacks CallbacksOf(ResolvedType type)
    {
        if (!_callbacks.TryGetValue(type, out var callbacks))
        {
            var instance = new List<MethodNode>();
            var statics = new List<MethodNode>();
            foreach (var method in _graph.Callbacks.Find(type))
            {
                if (method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle).RelativeVirtualAddress != 0)
                {
                    (method.IsStatic ? statics : instance).Add(_graph.Node(method));
                }
            }

            callbacks = new FrameworkCallbacks(instance, statics);
            _callbacks.Add(type, callbacks);
        }

        return callbacks;
    }

    /// <summary>Structs and enums: their values exist without a constructor call.</summary>
    public bool IsValueType(ResolvedType type)
    {
        if (!_valueTypes.TryGetValue(type, out bool isValueType))
        {
            var baseType = type.Definition.BaseType;
            string? baseName = baseType.IsNil ? null : type.Assembly.Names.Decode(baseType).Definition?.FullName;
            isValueType = baseName == "System.ValueType" || baseName == "System.Enum";
            _valueTypes.Add(type, isValueType);
        }

        return isValueType;
    }

    /// <summary>The static constructor of a type with code, as a node; null when there is none to run.</summary>
    public MethodNode? ClassConstructorOf(ResolvedType type)
    {
        if (!_classConstructors.TryGetValue(type, out var node))
        {
            node = type.HasCode && type.Assembly.FindStaticConstructor(type.Handle) is { } cctor ? _graph.Node(type.Assembly, cctor) : null;
            _classConstructors.Add(type, node);
        }

        return node;
    }

    public MentionTemplates Templates => _graph.Templates;

    /// <summary>Three empty lists a summary is built in (it copies what it keeps); one set, reused for every token.</summary>
    public (List<MentionTemplate> Mentions, List<string> Assemblies, List<NamedType> HandedOut) SummaryScratch()
    {
        _scratchMentions.Clear();
        _scratchAssemblies.Clear();
        _scratchHandedOut.Clear();
        return (_scratchMentions, _scratchAssemblies, _scratchHandedOut);
    }

    /// <summary>
    /// The assembly names of a summary as an exact array, one shared array per single name: nearly every token
    /// names types of one or two assemblies, and a big library has hundreds of thousands of tokens.
    /// </summary>
    public IReadOnlyList<string> AssemblyList(List<string> names)
    {
        if (names.Count != 1)
        {
            return names.Count == 0 ? System.Array.Empty<string>() : names.ToArray();
        }

        if (!_singleAssemblies.TryGetValue(names[0], out var list))
        {
            list = new[] { names[0] };
            _singleAssemblies.Add(names[0], list);
        }

        return list;
    }

    private TokenSummary Add(object key, TokenSummary summary)
    {
        _summaries.Add(key, summary);
        return summary;
    }
}
