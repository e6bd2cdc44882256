using System;
using System.Collections.Generic;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// What the analysis learnt about referenced assemblies in earlier runs, one file per assembly in
/// a folder (eng/performance.md, "A cache of what the analysis learns about referenced assemblies").
/// A method already in its assembly's entry is replayed instead of scanned; one that is not is scanned and added, and
/// entries that grew are written back at the end. The analysed assembly is never cached. A file that is damaged,
/// stale or from another version is ignored and rewritten; nothing here throws into the analysis.
/// </summary>
internal sealed class FactsCache
{
    private readonly AssemblySet _assemblies;
    private readonly Dictionary<LoadedAssembly, CacheEntry?> _entries = new();
    private readonly CacheFolder _folder;

    public FactsCache(string directory, AssemblySet assemblies)
    {
        _folder = new CacheFolder(directory);
        _assemblies = assemblies;
    }

    /// <summary>
    /// Used when a request names no folder: the Analysis tests set it so that every verification they run goes through
    /// the cache (see tests/InitOrder.Analysis.Tests, CacheSwitch). Null everywhere else.
    /// </summary>
    internal static string? DirectoryForTests { get; set; }

    /// <summary>Names asked of the assembly set while the current method is scanned.</summary>
    public AssemblyRequestLog Requests { get; } = new();

    /// <summary>Methods replayed from the cache in this run.</summary>
    public int Replayed { get; set; }

    /// <summary>The cached facts of <paramref name="method"/>, if its assembly is cached and its entry has them.</summary>
    public CachedMethod? Find(MethodNode method)
    {
        var entry = EntryOf(method.Assembly);
        return entry is not null && entry.Methods.TryGetValue(System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(method.Handle), out var cached) ? cached : null;
    }

    /// <summary>Adds a method's freshly scanned facts to its assembly's entry.</summary>
    public void Add(MethodNode method, CachedMethod cached)
    {
        if (EntryOf(method.Assembly) is { } entry)
        {
            entry.Methods[cached.Row] = cached;
            entry.Grew = true;
        }
    }

    /// <summary>Writes every entry that grew: a temporary file in the same folder, then renamed over the old one.</summary>
    public void Save()
    {
        foreach (var entry in _entries.Values)
        {
            if (entry is { Grew: true })
            {
                Write(entry);
            }
        }
    }

    private CacheEntry? EntryOf(LoadedAssembly assembly)
    {
        if (_entries.TryGetValue(assembly, out var entry))
        {
            return entry;
        }

        entry = ReferenceEquals(assembly, _assemblies.Main) || assembly.IsReferenceAssembly ? null : Open(assembly);
        _entries.Add(assembly, entry);
        return entry;
    }

    private CacheEntry? Open(LoadedAssembly assembly)
    {
        if (_folder.FileFor(assembly.Name) is not { } path)
        {
            return null;
        }

        var identity = AssemblyIdentity.Of(assembly);
        var bytes = CacheFolder.TryRead(path);
        var file = bytes is null ? null : CacheFile.Read(bytes, key => Matches(key, identity));
        return new CacheEntry(assembly, identity, path, file?.Methods ?? Array.Empty<CachedMethod>());
    }

    private bool Matches(CacheKey key, AssemblyIdentity identity)
    {
        if (key.Analysis != FactsCacheFormat.AnalysisVersion || key.Assembly != identity)
        {
            return false;
        }

        foreach (var dependency in key.Dependencies)
        {
            if (dependency.Value != _assemblies.CandidateFingerprint(dependency.Key))
            {
                return false;
            }
        }

        return true;
    }

    private void Write(CacheEntry entry)
    {
        var names = new AssemblyRequestLog();
        foreach (var method in entry.Methods.Values)
        {
            foreach (string name in method.Requests)
            {
                names.Add(name);
            }
        }

        var dependencies = new List<KeyValuePair<string, string>>();
        foreach (string name in names.Names)
        {
            dependencies.Add(new KeyValuePair<string, string>(name, _assemblies.CandidateFingerprint(name)));
        }

        var methods = new List<CachedMethod>(entry.Methods.Values);
        methods.Sort((a, b) => a.Row.CompareTo(b.Row));
        _folder.TryWrite(entry.Path, CacheFileWriter.Write(new CacheKey(FactsCacheFormat.AnalysisVersion, entry.Identity, dependencies), methods));
    }
}
