using System;
using System.Collections.Generic;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The calls a bounded form of the conservative rule has started (<see cref="NameLookupRule"/>, <see cref="ConstrainedTypesRule"/>),
/// one per key and library: each applies to the types live or mentioned when it starts and to every later one. What a
/// call skips depends on its library (a library's own types, <see cref="ReflectionRule"/>), so a call in another
/// library with the same key counts apart; the app's calls skip nothing and stand for all.
/// </summary>
internal sealed class StartedCalls<TKey>
    where TKey : notnull
{
    private readonly List<(MethodNode Site, ReflectionSite Call, TKey Key)> _calls = new();
    private readonly HashSet<(Loading.LoadedAssembly, TKey)> _keys = new();
    private readonly Loading.LoadedAssembly _app;
    private readonly Action<ResolvedType, MethodNode, ReflectionSite, TKey> _open;

    /// <param name="app">The analysed assembly, whose calls reach every library's types.</param>
    /// <param name="open">Applies one call to one type.</param>
    public StartedCalls(Loading.LoadedAssembly app, Action<ResolvedType, MethodNode, ReflectionSite, TKey> open)
    {
        _app = app;
        _open = open;
    }

    public bool IsStarted => _calls.Count > 0;

    /// <summary>A call reached at <paramref name="site"/>; a key started before in its library or by the app stands for it.</summary>
    public void Start(MethodNode site, ReflectionSite call, TKey key, IReadOnlyList<ResolvedType> liveAndMentioned)
    {
        if (_keys.Contains((_app, key)) || !_keys.Add((site.Assembly, key)))
        {
            return;
        }

        _calls.Add((site, call, key));
        foreach (var type in liveAndMentioned)
        {
            _open(type, site, call, key);
        }
    }

    /// <summary>A type that became live or mentioned: every call started so far applies to it.</summary>
    public void Open(ResolvedType type)
    {
        foreach (var (site, call, key) in _calls)
        {
            _open(type, site, call, key);
        }
    }
}
