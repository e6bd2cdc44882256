using System.Collections.Generic;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What each token contributes wherever it appears, worked out once per token: its <see cref="TokenSummary"/> and
/// what the summary leads to once resolved (<see cref="TokenTargets"/>). Big libraries repeat the same tokens
/// thousands of times.
/// </summary>
internal sealed class TokenSummaries
{
    private readonly FactStore _store;
    // Keys are MemberToken and DecodedType objects, which compare by reference (one object per token and assembly).
    private readonly Dictionary<object, TokenSummary> _summaries = new();
    private readonly SummaryBuffers _buffers = new();

    public TokenSummaries(FactStore store)
    {
        _store = store;
    }

    // No lambdas here: a method that captures its parameter allocates the closure on every call, hit or miss.
    public TokenSummary SummaryOf(MemberToken token) =>
        _summaries.TryGetValue(token, out var summary) ? summary : Add(token, TokenSummary.ForMember(token, _buffers, _store.Templates));

    public TokenSummary SummaryOf(DecodedType type) =>
        _summaries.TryGetValue(type, out var summary) ? summary : Add(type, TokenSummary.ForType(type, _buffers, _store.Templates));

    /// <summary>
    /// The module initializers a token leads to, the static framework callbacks of the types it hands out, and the
    /// value types among them (named, they can exist); resolved once per token.
    /// </summary>
    public TokenTargets TargetsOf(TokenSummary summary)
    {
        if (summary.Targets is not { } targets)
        {
            // Index loops and lists created on first use: this runs once per token, and most tokens lead to none.
            var context = _store.Context;
            List<MethodNode>? initializers = null;
            for (int i = 0; i < summary.Assemblies.Count; i++)
            {
                if (context.Assemblies.Get(summary.Assemblies[i]) is { IsReferenceAssembly: false } assembly && assembly != context.Assemblies.Main &&
                    assembly.ModuleInitializer is { } initializer)
                {
                    (initializers ??= new List<MethodNode>()).Add(_store.Node(assembly, initializer));
                }
            }

            List<MethodNode>? callbacks = null;
            List<ResolvedType>? valueTypes = null;
            for (int i = 0; i < summary.HandedOut.Count; i++)
            {
                if (context.Types.Resolve(summary.HandedOut[i]) is not { HasCode: true } type)
                {
                    continue;
                }

                var found = _store.TypeFacts.CallbacksOf(type).Static;
                if (found.Count > 0)
                {
                    (callbacks ??= new List<MethodNode>()).AddRange(found);
                }

                if (_store.TypeFacts.IsValueType(type))
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

    private TokenSummary Add(object key, TokenSummary summary)
    {
        _summaries.Add(key, summary);
        return summary;
    }
}
