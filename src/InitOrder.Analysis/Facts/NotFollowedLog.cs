using System;
using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Gathers the not-followed notes of reached methods, in the order the searches reached them: calls
/// into assemblies without code (grouped per assembly, with a count and the first site), reflection
/// calls (per site) and malformed method bodies.
/// </summary>
internal sealed class NotFollowedLog
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<(MethodNode Method, string Message)> _malformed = new();

    /// <summary>Methods whose bodies could not be decoded, in the order they were reached.</summary>
    public IReadOnlyList<(MethodNode Method, string Message)> MalformedMethods => _malformed;

    public void Add(MethodNode site, NotFollowedNote note)
    {
        if (_entries.TryGetValue(note.Key, out var entry))
        {
            entry.Count++;
            return;
        }

        _entries.Add(note.Key, new Entry(note, site));
        if (note.IsMalformedBody)
        {
            _malformed.Add((site, note.Why));
        }
    }

    /// <summary>Entries sorted by what, then why; ties keep reach order, so reports are stable.</summary>
    public List<NotFollowedItem> ToItems() =>
        _entries.Values
            .Select(e => new NotFollowedItem(e.Note.What, e.Note.Why, e.Count, e.Site.FullName, e.Note.ILOffset is { } offset ? e.Site.LocationAt(offset) : null))
            .OrderBy(i => i.What, StringComparer.Ordinal)
            .ThenBy(i => i.Why, StringComparer.Ordinal)
            .ToList();

    private sealed class Entry
    {
        public Entry(NotFollowedNote note, MethodNode site)
        {
            Note = note;
            Site = site;
            Count = 1;
        }

        public NotFollowedNote Note { get; }

        public MethodNode Site { get; }

        public int Count { get; set; }
    }
}
