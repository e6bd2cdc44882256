using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reachability;

/// <summary>
/// Values framework containers keep (a list, a weak reference, a tuple, a task's result), filed under every name the
/// container can be seen as. Whenever a container seen as one of those names reaches framework code again, what it keeps
/// escapes with what that code may call (<see cref="EscapeRule"/>, which hands them on through the escape it is given).
/// </summary>
internal sealed class FrameworkContainers
{
    private readonly ResolutionContext _context;
    private readonly Action<string?, CallbackFamily, MethodNode, int> _escape;

    // What containers release what they keep with: all of them, and those seen as a name.
    private CallbackFamily _everyContainer;
    private readonly Dictionary<string, CallbackFamily> _releasedByName = new(StringComparer.Ordinal);

    // Values kept in framework containers, by the names the container can be seen as.
    private readonly Dictionary<string, List<Kept>> _keptByName = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Container, string? Value), Kept> _kept = new();
    private readonly List<Kept> _keptIncomplete = new();

    /// <param name="escape">Objects of a type (every type when null) reach code that may call a family on them.</param>
    public FrameworkContainers(ResolutionContext context, Action<string?, CallbackFamily, MethodNode, int> escape)
    {
        _context = context;
        _escape = escape;
    }

    /// <summary>A value kept in a container of type <paramref name="container"/>: it escapes with whatever the container escapes with.</summary>
    public void Keep(NamedType container, string? value, MethodNode site, int ilOffset)
    {
        if (_kept.ContainsKey((container.FullName, value)))
        {
            return;
        }

        var kept = new Kept(value);
        _kept.Add((container.FullName, value), kept);
        var released = _everyContainer | ReleasedFor(container.FullName);
        _keptByName.ListOf(container.FullName).Add(kept);
        if (_context.Types.Resolve(container) is { } resolved)
        {
            var ancestors = _context.Hierarchy.Ancestors(resolved);
            foreach (string name in ancestors.FullNames)
            {
                _keptByName.ListOf(name).Add(kept);
                released |= ReleasedFor(name);
            }

            if (!ancestors.IsComplete)
            {
                _keptIncomplete.Add(kept);
                released = CallbackFamily.All;
            }
        }
        else
        {
            _keptIncomplete.Add(kept);
            released = CallbackFamily.All;
        }

        kept.Released = released;
        _escape(value, released, site, ilOffset);
    }

    /// <summary>Framework objects seen as <paramref name="name"/> reach code that may call <paramref name="family"/> on what they keep.</summary>
    public void Release(string name, CallbackFamily family, MethodNode site, int ilOffset)
    {
        _releasedByName.TryGetValue(name, out var before);
        var more = family & ~before & ~_everyContainer;
        if (more == CallbackFamily.None)
        {
            return;
        }

        _releasedByName[name] = before | more;
        family = more;
        if (_keptByName.TryGetValue(name, out var values))
        {
            ReleaseEach(values, family, site, ilOffset);
        }

        ReleaseEach(_keptIncomplete, family, site, ilOffset);
    }

    public void ReleaseAll(CallbackFamily family, MethodNode site, int ilOffset)
    {
        family &= ~_everyContainer;
        if (family == CallbackFamily.None)
        {
            return;
        }

        _everyContainer |= family;
        foreach (var values in _keptByName.Values)
        {
            ReleaseEach(values, family, site, ilOffset);
        }

        ReleaseEach(_keptIncomplete, family, site, ilOffset);
    }

    private void ReleaseEach(List<Kept> values, CallbackFamily family, MethodNode site, int ilOffset)
    {
        // Escaping a value may keep or release more; a copy keeps the enumeration stable.
        foreach (var kept in values.ToArray())
        {
            var more = family & ~kept.Released;
            if (more != CallbackFamily.None)
            {
                kept.Released |= more;
                _escape(kept.Value, more, site, ilOffset);
            }
        }
    }

    private CallbackFamily ReleasedFor(string name) => _releasedByName.TryGetValue(name, out var family) ? family : CallbackFamily.None;

    /// <summary>A value kept in a framework container, and what it has escaped with since.</summary>
    private sealed class Kept
    {
        public Kept(string? value)
        {
            Value = value;
        }

        public string? Value { get; }

        public CallbackFamily Released { get; set; }
    }
}
