using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Graph;

/// <summary>
/// What a token contributes wherever it appears, worked out once per token: the mentions it makes
/// (with a placeholder offset), the assemblies the JIT must load for it, and the types it hands to
/// framework code (generic arguments, or every type of a type token).
/// </summary>
internal sealed class TokenSummary
{
    private TokenSummary(IReadOnlyList<MentionTemplate> mentions, IReadOnlyList<string> assemblies, IReadOnlyList<NamedType> handedOut)
    {
        Mentions = mentions;
        Assemblies = assemblies;
        HandedOut = handedOut;
    }

    /// <summary>What the token names; each instruction using it pairs these with its own offset.</summary>
    public IReadOnlyList<MentionTemplate> Mentions { get; }

    public IReadOnlyList<string> Assemblies { get; }

    public IReadOnlyList<NamedType> HandedOut { get; }

    /// <summary>Module initializers the JIT runs for this token, and framework callbacks of the handed-out types; filled in by <see cref="GraphCaches"/>.</summary>
    public (IReadOnlyList<MethodNode> Initializers, IReadOnlyList<MethodNode> Callbacks)? Targets { get; set; }

    public static TokenSummary ForMember(MemberToken token)
    {
        var mentions = new List<MentionTemplate>();
        if (token.Owner is { } owner)
        {
            foreach (var type in owner.NamedTypes)
            {
                bool isOwner = ReferenceEquals(type, owner.Definition);
                mentions.Add(new MentionTemplate(type, isOwner ? token : null, false));
            }
        }

        foreach (var type in token.MethodArguments.SelectMany(a => a.NamedTypes))
        {
            mentions.Add(new MentionTemplate(type, null, false));
        }

        foreach (var type in token.SignatureTypes)
        {
            mentions.Add(new MentionTemplate(type, null, true));
        }

        var handedOut = (token.Owner?.GenericArguments ?? DecodedType.NoArguments).Concat(token.MethodArguments).SelectMany(a => a.NamedTypes);
        return new TokenSummary(Distinct(mentions), AssembliesOf(AllTypes(token)), Compact(handedOut.Distinct()));
    }

    public static TokenSummary ForType(DecodedType type)
    {
        var mentions = type.NamedTypes.Select(t => new MentionTemplate(t, null, false)).ToList();
        return new TokenSummary(Distinct(mentions), AssembliesOf(type.NamedTypes), Compact(type.NamedTypes.Distinct()));
    }

    /// <summary>Every named type in the token: all of them make the JIT load their assemblies.</summary>
    private static IEnumerable<NamedType> AllTypes(MemberToken token) =>
        (token.Owner?.NamedTypes ?? DecodedType.NoTypes)
            .Concat(token.MethodArguments.SelectMany(a => a.NamedTypes))
            .Concat(token.SignatureTypes);

    // Summaries live as long as the graph, one per token: exact arrays (one shared empty one) rather than lists.
    private static T[] Compact<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? System.Array.Empty<T>() : array;
    }

    private static MentionTemplate[] Distinct(List<MentionTemplate> mentions)
    {
        if (mentions.Count < 2)
        {
            return Compact(mentions);
        }

        // A token has at most one member mention, so the type's name (not the member's, built lazily) is key enough.
        var seen = new HashSet<(bool, string, string, bool)>();
        return Compact(mentions.Where(m => seen.Add((m.IsMember, m.Type.FullName, m.Type.AssemblyName ?? "", m.IsSignatureOnly))));
    }

    private static string[] AssembliesOf(IEnumerable<NamedType> types) =>
        Compact(types.Select(t => t.AssemblyName).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
}
