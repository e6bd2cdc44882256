using System.Collections.Generic;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>One referenced assembly's cached facts in this run: what its file held (if it was valid) plus what this run scanned.</summary>
internal sealed class CacheEntry
{
    public CacheEntry(LoadedAssembly assembly, AssemblyIdentity identity, string path, IEnumerable<CachedMethod> methods)
    {
        Assembly = assembly;
        Identity = identity;
        Path = path;
        foreach (var method in methods)
        {
            Methods[method.Row] = method;
        }
    }

    public LoadedAssembly Assembly { get; }

    /// <summary>The file the assembly was read from, as the key names it.</summary>
    public AssemblyIdentity Identity { get; }

    /// <summary>The entry's file.</summary>
    public string Path { get; }

    /// <summary>By MethodDef row.</summary>
    public Dictionary<int, CachedMethod> Methods { get; } = new();

    /// <summary>True once this run added a method: the file is rewritten at the end.</summary>
    public bool Grew { get; set; }
}
