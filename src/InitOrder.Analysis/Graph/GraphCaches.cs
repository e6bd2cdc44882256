using System.Collections.Generic;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Graph;

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
    private readonly Dictionary<NamedType, IReadOnlyList<MethodNode>> _callbacks = new();

    public GraphCaches(CodeGraph graph)
    {
        _graph = graph;
    }

    // No lambdas here: a method that captures its parameter allocates the closure on every call, hit or miss.
    public TokenSummary SummaryOf(MemberToken token) =>
        _summaries.TryGetValue(token, out var summary) ? summary : Add(token, TokenSummary.ForMember(token, this));

    public TokenSummary SummaryOf(DecodedType type) =>
        _summaries.TryGetValue(type, out var summary) ? summary : Add(type, TokenSummary.ForType(type, this));

    /// <summary>The module initializers and framework callbacks a token leads to, resolved once per token.</summary>
    public (IReadOnlyList<MethodNode> Initializers, IReadOnlyList<MethodNode> Callbacks) TargetsOf(TokenSummary summary)
    {
        if (summary.Targets is not { } targets)
        {
            // Index loops and lists created on first use: this runs once per token, and most tokens lead to neither.
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
            for (int i = 0; i < summary.HandedOut.Count; i++)
            {
                var found = CallbacksOf(summary.HandedOut[i]);
                if (found.Count > 0)
                {
                    (callbacks ??= new List<MethodNode>()).AddRange(found);
                }
            }

            targets = (initializers ?? (IReadOnlyList<MethodNode>)System.Array.Empty<MethodNode>(), callbacks ?? (IReadOnlyList<MethodNode>)System.Array.Empty<MethodNode>());
            summary.Targets = targets;
        }

        return targets;
    }

    /// <summary>Overrides of a type that framework code may call back once it has an instance or handle.</summary>
    public IReadOnlyList<MethodNode> CallbacksOf(NamedType type)
    {
        if (!_callbacks.TryGetValue(type, out var nodes))
        {
            var list = new List<MethodNode>();
            if (_graph.Types.Resolve(type) is { HasCode: true } resolved)
            {
                foreach (var method in _graph.Callbacks.Find(resolved))
                {
                    if (method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle).RelativeVirtualAddress != 0)
                    {
                        list.Add(_graph.Node(method));
                    }
                }
            }

            nodes = list;
            _callbacks.Add(type, nodes);
        }

        return nodes;
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
