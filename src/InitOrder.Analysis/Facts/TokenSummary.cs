using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// What a token contributes wherever it appears, worked out once per token: the mentions it makes
/// (with a placeholder offset), the assemblies the JIT must load for it, and the types it hands to
/// framework code (generic arguments, or every type of a type token).
/// </summary>
internal sealed class TokenSummary
{
    private TokenSummary(List<MentionTemplate> mentions, IReadOnlyList<string> assemblies, IReadOnlyList<NamedType> handedOut, MentionTemplates templates)
    {
        // The templates live in the store's table only; a summary keeps where they are.
        FirstMentionId = templates.Register(mentions);
        MentionCount = mentions.Count;
        Assemblies = assemblies;
        HandedOut = handedOut;
    }

    /// <summary>
    /// What the token names, as ids <see cref="FirstMentionId"/> to <see cref="FirstMentionId"/> + <see cref="MentionCount"/> - 1
    /// in <see cref="MentionTemplates"/>; each instruction using the token pairs them with its own offset.
    /// </summary>
    public int FirstMentionId { get; }

    public int MentionCount { get; }

    public IReadOnlyList<string> Assemblies { get; }

    public IReadOnlyList<NamedType> HandedOut { get; }

    /// <summary>What the token leads to once resolved; filled in by <see cref="TokenSummaries"/>.</summary>
    public TokenTargets? Targets { get; set; }

    // Built once per distinct token of a big library: plain loops over short lists rather than LINQ and hash sets.
    public static TokenSummary ForMember(MemberToken token, SummaryBuffers buffers, MentionTemplates templates)
    {
        var (mentions, assemblies, handedOut) = buffers.Clear();
        if (token.Owner is { } owner)
        {
            for (int i = 0; i < owner.NamedTypes.Count; i++)
            {
                var type = owner.NamedTypes[i];
                bool isOwner = ReferenceEquals(type, owner.Definition);
                AddMention(mentions, type, isOwner ? token : null, false, templates);
                AddAssembly(assemblies, type);
            }

            AddHandedOut(handedOut, owner.GenericArguments);
        }

        for (int a = 0; a < token.MethodArguments.Count; a++)
        {
            var argument = token.MethodArguments[a];
            for (int i = 0; i < argument.NamedTypes.Count; i++)
            {
                var type = argument.NamedTypes[i];
                AddMention(mentions, type, null, false, templates);
                AddAssembly(assemblies, type);
            }
        }

        for (int i = 0; i < token.SignatureTypes.Count; i++)
        {
            var type = token.SignatureTypes[i];
            AddMention(mentions, type, null, true, templates);
            AddAssembly(assemblies, type);
        }

        AddHandedOut(handedOut, token.MethodArguments);
        return new TokenSummary(mentions, buffers.AssemblyList(assemblies), Compact(handedOut), templates);
    }

    public static TokenSummary ForType(DecodedType type, SummaryBuffers buffers, MentionTemplates templates)
    {
        var (mentions, assemblies, handedOut) = buffers.Clear();
        for (int i = 0; i < type.NamedTypes.Count; i++)
        {
            var named = type.NamedTypes[i];
            AddMention(mentions, named, null, false, templates);
            AddAssembly(assemblies, named);
            AddDistinct(handedOut, named);
        }

        return new TokenSummary(mentions, buffers.AssemblyList(assemblies), Compact(handedOut), templates);
    }

    // Summaries live as long as the graph, one per token: exact arrays (one shared empty one) rather than lists.
    private static T[] Compact<T>(List<T> items) => items.Count == 0 ? Array.Empty<T>() : items.ToArray();

    /// <summary>
    /// Adds a mention unless an equal one is there. A token has at most one member mention, so the type's name
    /// (not the member's, built lazily) is key enough.
    /// </summary>
    private static void AddMention(List<MentionTemplate> mentions, NamedType type, MemberToken? member, bool isSignatureOnly, MentionTemplates templates)
    {
        foreach (var known in mentions)
        {
            if (known.IsMember == (member is not null) && known.IsSignatureOnly == isSignatureOnly &&
                known.Type.FullName == type.FullName && (known.Type.AssemblyName ?? "") == (type.AssemblyName ?? ""))
            {
                return;
            }
        }

        mentions.Add(member is null ? templates.Shared(type, isSignatureOnly) : new MentionTemplate(type, member, isSignatureOnly));
    }

    private static void AddAssembly(List<string> assemblies, NamedType type)
    {
        if (type.AssemblyName is not { } name)
        {
            return;
        }

        foreach (string known in assemblies)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        assemblies.Add(name);
    }

    private static void AddHandedOut(List<NamedType> handedOut, IReadOnlyList<DecodedType> arguments)
    {
        for (int a = 0; a < arguments.Count; a++)
        {
            var named = arguments[a].NamedTypes;
            for (int i = 0; i < named.Count; i++)
            {
                AddDistinct(handedOut, named[i]);
            }
        }
    }

    private static void AddDistinct(List<NamedType> types, NamedType type)
    {
        if (!types.Contains(type))
        {
            types.Add(type);
        }
    }
}
