using System;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// InitOrder's generator as another package shipped it (--baseline-package, e.g. packed from main): loaded beside this
/// build's generator in a context of its own, sharing this process's Roslyn, so both run against the same edits.
/// </summary>
internal static class PackagedGenerator
{
    private const string EntryInPackage = "analyzers/dotnet/cs/InitOrder.Generator.dll";

    /// <summary>Copies the generator out of the package into <paramref name="folder"/>; returns its path.</summary>
    public static string Extract(string package, string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "InitOrder.Generator.dll");
        using var archive = ZipFile.OpenRead(package);
        var entry = archive.GetEntry(EntryInPackage) ?? throw new ArgumentException(package + " has no " + EntryInPackage);
        entry.ExtractToFile(path, overwrite: true);
        return path;
    }

    public static IIncrementalGenerator Load(string path)
    {
        var assembly = new IsolatedContext(path).LoadFromAssemblyPath(path);
        var type = assembly.GetType("InitOrder.Generator.InitPatchGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    /// <summary>Loads only the generator itself; Roslyn and everything else come from this process.</summary>
    private sealed class IsolatedContext : AssemblyLoadContext
    {
        private readonly string _path;

        public IsolatedContext(string path)
            : base("baseline-generator") => _path = path;

        protected override Assembly? Load(AssemblyName name) =>
            name.Name == Path.GetFileNameWithoutExtension(_path) ? LoadFromAssemblyPath(_path) : null;
    }
}
