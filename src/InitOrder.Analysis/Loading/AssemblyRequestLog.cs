using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Loading;

/// <summary>The distinct assembly names asked of an <see cref="AssemblySet"/>, in the order they were first asked for.</summary>
internal sealed class AssemblyRequestLog
{
    private readonly List<string> _names = new();
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
    private string? _last;

    public IReadOnlyList<string> Names => _names;

    /// <remarks>Called for every type resolution while a method is scanned: a repeat of the last name (most calls) costs a comparison of references.</remarks>
    public void Add(string name)
    {
        if (ReferenceEquals(name, _last))
        {
            return;
        }

        _last = name;
        if (_seen.Add(name))
        {
            _names.Add(name);
        }
    }

    public void Clear()
    {
        _names.Clear();
        _seen.Clear();
        _last = null;
    }
}
