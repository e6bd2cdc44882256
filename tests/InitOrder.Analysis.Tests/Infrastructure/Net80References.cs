using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// The .NET 8 reference assemblies: in memory for Roslyn, and written once to disk because the
/// verifier reads references from paths, as it does in a real build.
/// </summary>
internal static class Net80References
{
    private static readonly object s_lock = new();
    private static IReadOnlyList<string>? s_paths;

    public static IEnumerable<MetadataReference> Compile => Net80.References.All;

    public static IReadOnlyList<string> Paths
    {
        get
        {
            lock (s_lock)
            {
                return s_paths ??= Write();
            }
        }
    }

    private static IReadOnlyList<string> Write()
    {
        string folder = TestFolders.NewFolder("net80-refs");
        return Net80.ReferenceInfos.All
            .Select(info =>
            {
                string path = Path.Combine(folder, info.FileName);
                File.WriteAllBytes(path, info.ImageBytes);
                return path;
            })
            .ToList();
    }
}
