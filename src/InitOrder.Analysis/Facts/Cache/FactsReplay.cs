using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Facts.Storage;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// Turns cached facts back into the run's facts: asks for the assemblies the scan asked for, in the same order (so
/// they load in the order a scan would load them), then names methods, types and dispatch sets by this run's ids.
/// </summary>
internal sealed class FactsReplay
{
    private readonly FactStore _store;
    // Keyed by objects and by strings alone, never by tuples holding strings: a tuple hashes its strings with the
    // randomized hash on every lookup, and a replay looks up every mention and every virtual call site.
    private readonly Dictionary<MentionTemplate, int> _sharedTemplateIds = new();
    private readonly Dictionary<NamedType, Dictionary<string, int>[]> _memberTemplateIds = new();
    private readonly Dictionary<string, List<(NamedType DeclaringType, SignatureShape Shape, DispatchSet Set)>> _setsByName = new(System.StringComparer.Ordinal);

    public FactsReplay(FactStore store)
    {
        _store = store;
    }

    /// <summary>The facts, stored in the store's packed stores; null when a name no longer resolves (then the method is scanned).</summary>
    public FactsRecord? Replay(MethodNode method, CachedMethod cached)
    {
        var assemblies = _store.Context.Assemblies;
        foreach (string name in cached.Requests)
        {
            assemblies.Get(name);
        }

        var edges = _store.Scratch.Depth == 1 ? _store.Scratch.Edges : new List<PackedEdge>();
        var mentions = _store.Scratch.Depth == 1 ? _store.Scratch.Mentions : new List<PackedMention>();
        edges.Clear();
        mentions.Clear();
        foreach (var edge in cached.Edges)
        {
            if (edge.Slot is { } slot)
            {
                edges.Add(PackedEdge.ToSet(edge.ILOffset, Set(slot)));
            }
            else if (Node(edge.Target) is { } target)
            {
                edges.Add(PackedEdge.ToNode(edge.ILOffset, target, edge.Kind));
            }
            else
            {
                return null;
            }
        }

        foreach (var mention in cached.Mentions)
        {
            mentions.Add(new PackedMention(mention.ILOffset, TemplateId(mention)));
        }

        var notes = new NotFollowedNote[cached.Notes.Count];
        for (int i = 0; i < notes.Length; i++)
        {
            var note = cached.Notes[i];
            notes[i] = note.Kind switch
            {
                CachedNoteKind.Reflection => NotFollowedNote.Reflection(note.What, method, note.ILOffset),
                CachedNoteKind.KeptForLater => NotFollowedNote.KeptForLater(note.What, note.Why, method, note.ILOffset),
                _ => NotFollowedNote.ExternalCode(note.What, note.Why, note.ILOffset),
            };
        }

        var instantiations = new Instantiation[cached.Instantiations.Count];
        for (int i = 0; i < instantiations.Length; i++)
        {
            var instantiation = cached.Instantiations[i];
            if (Type(instantiation.Type) is not { } type)
            {
                return null;
            }

            instantiations[i] = new Instantiation(instantiation.ILOffset, type, instantiation.Kind);
        }

        var fieldAccesses = new StaticFieldAccess[cached.FieldAccesses.Count];
        for (int i = 0; i < fieldAccesses.Length; i++)
        {
            var access = cached.FieldAccesses[i];
            if (Type(access.Owner) is not { } owner)
            {
                return null;
            }

            fieldAccesses[i] = new StaticFieldAccess(access.ILOffset, new StaticField(owner, access.Name), access.IsWrite);
        }

        var creations = new DelegateCreation[cached.DelegateCreations.Count];
        for (int i = 0; i < creations.Length; i++)
        {
            var creation = cached.DelegateCreations[i];
            if (Node(creation.Target) is not { } target)
            {
                return null;
            }

            creations[i] = new DelegateCreation(creation.ILOffset, target, creation.Type);
        }

        var invocations = new DelegateInvocation[cached.DelegateInvocations.Count];
        for (int i = 0; i < invocations.Length; i++)
        {
            invocations[i] = cached.DelegateInvocations[i];
        }

        var handOffs = new ObjectHandOff[cached.HandOffs.Count];
        for (int i = 0; i < handOffs.Length; i++)
        {
            handOffs[i] = cached.HandOffs[i];
        }

        return _store.Store(edges, mentions, notes, NullIfEmpty(instantiations), null, NullIfEmpty(fieldAccesses), NullIfEmpty(creations), NullIfEmpty(invocations),
            NullIfEmpty(handOffs));
    }

    private static T[]? NullIfEmpty<T>(T[] items) => items.Length == 0 ? null : items;

    private MethodNode? Node(CachedDefinition definition)
    {
        var assembly = Assembly(definition, TableIndex.MethodDef);
        return assembly is null ? null : _store.Node(assembly, MetadataTokens.MethodDefinitionHandle(definition.Row));
    }

    private ResolvedType? Type(CachedDefinition definition)
    {
        var assembly = Assembly(definition, TableIndex.TypeDef);
        return assembly is null ? null : new ResolvedType(assembly, MetadataTokens.TypeDefinitionHandle(definition.Row));
    }

    private LoadedAssembly? Assembly(CachedDefinition definition, TableIndex table)
    {
        var assembly = _store.Context.Assemblies.Get(definition.Assembly);
        return assembly is { IsReferenceAssembly: false } && definition.Row > 0 && definition.Row <= assembly.Reader.GetTableRowCount(table) ? assembly : null;
    }

    private int TemplateId(CachedMention mention)
    {
        if (mention.MemberName is not { } member)
        {
            var shared = _store.Templates.Shared(mention.Type, mention.IsSignatureOnly);
            if (!_sharedTemplateIds.TryGetValue(shared, out int id))
            {
                id = _store.Templates.Register(new[] { shared });
                _sharedTemplateIds.Add(shared, id);
            }

            return id;
        }

        if (!_memberTemplateIds.TryGetValue(mention.Type, out var byKind))
        {
            byKind = new Dictionary<string, int>[4];
            _memberTemplateIds.Add(mention.Type, byKind);
        }

        var byName = byKind[(mention.MemberIsMethod ? 2 : 0) + (mention.IsSignatureOnly ? 1 : 0)] ??= new Dictionary<string, int>(System.StringComparer.Ordinal);
        if (!byName.TryGetValue(member, out int memberId))
        {
            memberId = _store.Templates.Register(new[] { new MentionTemplate(mention.Type, member, mention.MemberIsMethod, mention.IsSignatureOnly) });
            byName.Add(member, memberId);
        }

        return memberId;
    }

    /// <summary>The slot's set, brought up to date as a scan would (<see cref="DispatchSets.Get(NamedType, string, SignatureShape)"/>), found here first.</summary>
    private DispatchSet Set(CachedDispatchSlot slot)
    {
        if (slot.Bound is { } bound)
        {
            return _store.DispatchSets.Get(slot.DeclaringType, slot.Name, slot.Shape, bound);
        }

        if (!_setsByName.TryGetValue(slot.Name, out var sets))
        {
            sets = new List<(NamedType, SignatureShape, DispatchSet)>();
            _setsByName.Add(slot.Name, sets);
        }

        foreach (var known in sets)
        {
            if (known.Shape.Equals(slot.Shape) && known.DeclaringType.Equals(slot.DeclaringType))
            {
                return _store.DispatchSets.Refresh(known.Set);
            }
        }

        var set = _store.DispatchSets.Get(slot.DeclaringType, slot.Name, slot.Shape);
        sets.Add((slot.DeclaringType, slot.Shape, set));
        return set;
    }
}
