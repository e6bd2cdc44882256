using System;
using System.Collections.Generic;
using InitOrder.Analysis.Reflection;

namespace InitOrder.Analysis.Facts.Storage;

/// <summary>
/// Where one method's facts are in the store's stores (see <see cref="PackedStore{T}"/>), kept per node id
/// in one array instead of an object per method.
/// </summary>
internal readonly struct FactsRecord
{
    public FactsRecord(int edgeStart, int edgeCount, int mentionStart, int mentionCount, IReadOnlyList<NotFollowedNote> notes,
        Instantiation[]? instantiations = null, ReflectionSite[]? reflection = null, StaticFieldAccess[]? fieldAccesses = null,
        DelegateCreation[]? delegateCreations = null, DelegateInvocation[]? delegateInvocations = null, ObjectHandOff[]? handOffs = null)
    {
        HandOffs = handOffs;
        DelegateCreations = delegateCreations;
        DelegateInvocations = delegateInvocations;
        FieldAccesses = fieldAccesses;
        Instantiations = instantiations;
        Reflection = reflection;
        EdgeStart = edgeStart;
        EdgeCount = edgeCount;
        MentionStart = mentionStart;
        MentionCount = mentionCount;
        Notes = notes;
    }

    /// <summary>Facts of a method with nothing to scan (no body, or a reference assembly's).</summary>
    public static FactsRecord Empty => new(0, 0, 0, 0, Array.Empty<NotFollowedNote>());

    public int EdgeStart { get; }

    public int EdgeCount { get; }

    public int MentionStart { get; }

    public int MentionCount { get; }

    /// <summary>Types this method brings objects of into existence; null when none (most methods).</summary>
    public Instantiation[]? Instantiations { get; }

    /// <summary>Static fields read and written; null when none.</summary>
    public StaticFieldAccess[]? FieldAccesses { get; }

    /// <summary>Delegates created; null when none.</summary>
    public DelegateCreation[]? DelegateCreations { get; }

    /// <summary>Instructions that may invoke delegates; null when none.</summary>
    public DelegateInvocation[]? DelegateInvocations { get; }

    /// <summary>Objects handed to framework code; null when none.</summary>
    public ObjectHandOff[]? HandOffs { get; }

    /// <summary>Reflective calls; null when none.</summary>
    public ReflectionSite[]? Reflection { get; }

    /// <summary>Null only in the default record, which marks a method not scanned yet.</summary>
    public IReadOnlyList<NotFollowedNote>? Notes { get; }

    public bool IsBuilt => Notes is not null;

    /// <summary>A body that could not be read: no edges, one note saying why.</summary>
    public static FactsRecord Malformed(MethodNode method, string message) =>
        new(0, 0, 0, 0, new[] { NotFollowedNote.MalformedBody(method, message) });
}
