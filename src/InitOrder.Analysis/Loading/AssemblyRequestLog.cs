using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Loading;

/// <summary>The distinct assembly names asked of an <see cref="AssemblySet"/>, in the order they were first asked for.</summary>
internal sealed class AssemblyRequestLog
{
    private readonly List<string> _names = new();
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Names => _names;

    public void Add(string name)
    {
        if (_seen.Add(name))
        {
            _names.Add(name);
        }
    }

    public void Clear()
    {
        _names.Clear();
        _seen.Clear();
    }
}
