using System;
using System.Collections.Generic;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// Writes a method's freshly built facts symbolically (<see cref="CachedMethod"/>), or says they cannot be cached:
/// reflective calls (their sites hold rules and member lookups that are still changing) and anything that names
/// the analysed assembly, which changes on every build.
/// </summary>
internal static class FactsSymbols
{
    private const string ExternalNotePrefix = "assembly:";
    private const string ReflectionNotePrefix = "reflection:";
    private const string KeptForLaterNotePrefix = "later:";

    public static CachedMethod? Of(FactStore store, MethodNode method, MethodFacts facts, IReadOnlyList<string> requests)
    {
        var main = store.Context.Assemblies.Main;
        if (facts.Reflection.Count > 0 || Names(requests, main.Name))
        {
            return null;
        }

        var edges = new CachedEdge[facts.Edges.Count];
        for (int i = 0; i < edges.Length; i++)
        {
            var edge = facts.Edges[i];
            if (edge.ToDispatchSet)
            {
                var set = store.DispatchSets[edge.Target];
                edges[i] = new CachedEdge(edge.ILOffset, edge.Kind, default, new CachedDispatchSlot(set.DeclaringType, set.Name, set.Shape, set.Bound));
            }
            else if (Definition(store.NodeById(edge.Target), main) is { } target)
            {
                edges[i] = new CachedEdge(edge.ILOffset, edge.Kind, target, null);
            }
            else
            {
                return null;
            }
        }

        var mentions = new CachedMention[facts.Mentions.Count];
        for (int i = 0; i < mentions.Length; i++)
        {
            var mention = facts.Mentions[i];
            var template = mention.Template;
            mentions[i] = new CachedMention(mention.ILOffset, template.Type, template.MemberName, template.MemberIsMethod, template.IsSignatureOnly);
        }

        var notes = new List<CachedNote>();
        foreach (var note in facts.Notes)
        {
            if (note.ILOffset is not { } offset || note.IsMalformedBody || KindOf(note) is not { } kind)
            {
                return null;
            }

            notes.Add(new CachedNote(kind, note.What, note.Why, offset));
        }

        var instantiations = new List<CachedInstantiation>();
        foreach (var instantiation in facts.Instantiations)
        {
            if (Definition(instantiation.Type.Assembly, System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(instantiation.Type.Handle), main) is not { } type)
            {
                return null;
            }

            instantiations.Add(new CachedInstantiation(instantiation.ILOffset, type, instantiation.Kind));
        }

        var fieldAccesses = new List<CachedFieldAccess>();
        foreach (var access in facts.FieldAccesses)
        {
            var owner = access.Field.Owner;
            if (Definition(owner.Assembly, System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(owner.Handle), main) is not { } type)
            {
                return null;
            }

            fieldAccesses.Add(new CachedFieldAccess(access.ILOffset, type, access.Field.Name, access.IsWrite));
        }

        var creations = new List<CachedDelegateCreation>();
        foreach (var creation in facts.DelegateCreations)
        {
            if (Definition(creation.Target, main) is not { } target)
            {
                return null;
            }

            creations.Add(new CachedDelegateCreation(creation.ILOffset, target, creation.Type));
        }

        return new CachedMethod(System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(method.Handle), requests.ToArrayOrEmpty(), edges, mentions, notes,
            instantiations, fieldAccesses, creations, new List<DelegateInvocation>(facts.DelegateInvocations),
            new List<ObjectHandOff>(facts.HandOffs));
    }

    /// <summary>By the key's prefix (see <see cref="NotFollowedNote"/>); null for a kind the cache does not know.</summary>
    private static CachedNoteKind? KindOf(NotFollowedNote note) =>
        note.Key.StartsWith(ExternalNotePrefix, StringComparison.Ordinal) ? CachedNoteKind.ExternalCode
        : note.Key.StartsWith(ReflectionNotePrefix, StringComparison.Ordinal) ? CachedNoteKind.Reflection
        : note.Key.StartsWith(KeptForLaterNotePrefix, StringComparison.Ordinal) ? CachedNoteKind.KeptForLater
        : null;

    private static CachedDefinition? Definition(MethodNode node, LoadedAssembly main) =>
        Definition(node.Assembly, System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(node.Handle), main);

    private static CachedDefinition? Definition(LoadedAssembly assembly, int row, LoadedAssembly main) =>
        ReferenceEquals(assembly, main) || row <= 0 ? null : new CachedDefinition(assembly.Name, row);

    private static bool Names(IReadOnlyList<string> names, string name)
    {
        foreach (string known in names)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] ToArrayOrEmpty(this IReadOnlyList<string> names)
    {
        var array = new string[names.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = names[i];
        }

        return array;
    }
}
