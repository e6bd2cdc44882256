using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using InitOrder.Analysis.Facts.Cache;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>Verifications with the facts cache off or in a folder of the test's own, and what that folder holds.</summary>
internal static class CacheRuns
{
    /// <summary>The report with the cache off (an empty folder name turns the test run's default off too).</summary>
    public static string WithoutCache(VerificationRequest request) => Snapshot(request, "");

    public static string WithCache(VerificationRequest request, string folder) => Snapshot(request, folder);

    /// <summary>Every <c>.facts</c> file of the folder with its bytes.</summary>
    public static Dictionary<string, byte[]> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes)
            : new Dictionary<string, byte[]>();

    /// <summary>The entry file of one assembly.</summary>
    public static string EntryOf(string folder, string assemblyName) => Path.Combine(folder, assemblyName + FactsCacheFormat.FileExtension);

    /// <summary>
    /// The running runtime's implementation assemblies (System.Private.CoreLib, System.Linq...): real library code
    /// with bodies, where reference assemblies have none.
    /// </summary>
    public static IReadOnlyList<string> RuntimeAssemblies() =>
        Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").OrderBy(p => p, System.StringComparer.Ordinal).ToList();

    /// <summary>A copy of <paramref name="request"/> with other references.</summary>
    public static VerificationRequest WithReferences(VerificationRequest request, IEnumerable<string> references) =>
        new(request.AssemblyPath, references.ToList(), request.SourceRoots, request.ProjectDirectory);

    private static string Snapshot(VerificationRequest request, string folder)
    {
        var copy = new VerificationRequest(request.AssemblyPath, request.ReferencePaths, request.SourceRoots, request.ProjectDirectory)
        {
            CheckedTypes = request.CheckedTypes,
            CheckedAssemblies = request.CheckedAssemblies,
            AllStaticConstructorsRunFirst = request.AllStaticConstructorsRunFirst,
            CacheDirectory = folder,
            // Off: a reused verification would skip the facts these runs compare.
            ReuseDirectory = "",
        };
        return ReportSnapshot.Of(Verifier.Verify(copy));
    }
}
