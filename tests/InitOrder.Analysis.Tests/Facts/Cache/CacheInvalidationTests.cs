using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using InitOrder.Analysis.Facts.Cache;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts.Cache;

/// <summary>
/// An entry is used only for the files it was computed from. The app hands a lambda that touches the target to a
/// library; whether the library calls it decides the verdict, so facts reused from the wrong file would show.
/// </summary>
public sealed class CacheInvalidationTests
{
    private const string KeepsIt = "namespace Lib { public static class Api { public static void Run(System.Action action) { } } }";
    private const string CallsIt = "namespace Lib { public static class Api { public static void Run(System.Action action) => action(); } }";

    [Fact]
    public void A_reference_rebuilt_in_place_is_scanned_again()
    {
        var (app, libraryFolder) = AppOverLibrary(KeepsIt);
        string cache = CacheFolder();
        Assert.Equal(CacheRuns.WithoutCache(app), CacheRuns.WithCache(app, cache));
        Assert.Empty(Verifier.Verify(app).Violations);

        // Same path, new MVID, size or time: the entry is stale.
        Library(CallsIt, libraryFolder);
        string report = CacheRuns.WithCache(app, cache);

        Assert.Equal(CacheRuns.WithoutCache(app), report);
        Assert.Contains("\"INIT101\"", report);
    }

    [Fact]
    public void An_entry_whose_dependency_changed_is_scanned_again()
    {
        // Front's facts name Back.Run by its row; Back gains a method before it, so that row is now another method.
        string folder = TestFolders.NewFolder("dependency");
        var back = TestAssemblyBuilder.Create("Back").WithoutGenerator()
            .Source("Back.cs", "namespace Lib { public static class Back { public static void Run(System.Action action) { } } }").Emit(folder);
        var front = TestAssemblyBuilder.Create("Front").WithoutGenerator().Reference(back)
            .Source("Front.cs", "namespace Lib { public static class Front { public static void Go(System.Action action) => Back.Run(action); } }").Emit(folder);
        var app = Application("Lib.Front.Go(() => Target.Touch());", front);
        string cache = CacheFolder();
        Assert.Equal(CacheRuns.WithoutCache(app), CacheRuns.WithCache(app, cache));
        byte[] frontEntry = File.ReadAllBytes(CacheRuns.EntryOf(cache, "Front"));

        TestAssemblyBuilder.Create("Back").WithoutGenerator()
            .Source("Back.cs", "namespace Lib { public static class Back { public static void Other() { } public static void Run(System.Action action) => action(); } }").Emit(folder);
        string report = CacheRuns.WithCache(app, cache);

        Assert.Equal(CacheRuns.WithoutCache(app), report);
        Assert.Contains("\"INIT101\"", report);
        Assert.NotEqual(frontEntry, File.ReadAllBytes(CacheRuns.EntryOf(cache, "Front")));
    }

    [Fact]
    public void An_entry_of_another_analysis_version_is_not_used()
    {
        // Stale facts (the library's old body) under a key that matches the new file: only the version tells them apart.
        var (app, libraryFolder) = AppOverLibrary(KeepsIt);
        string cache = CacheFolder();
        CacheRuns.WithCache(app, cache);
        var stale = CacheFile.Read(File.ReadAllBytes(CacheRuns.EntryOf(cache, "Lib")), _ => true)!;
        Library(CallsIt, libraryFolder);
        string expected = CacheRuns.WithoutCache(app);

        Forge(app, cache, stale, "0.0.0-another-version");
        string otherVersion = CacheRuns.WithCache(app, cache);
        Forge(app, cache, stale, FactsCacheFormat.AnalysisVersion);
        string sameVersion = CacheRuns.WithCache(app, cache);

        Assert.Equal(expected, otherVersion);
        Assert.Contains("\"INIT101\"", otherVersion);
        // Control: with this version's name the forged entry is trusted, and its stale facts hide the violation.
        Assert.DoesNotContain("\"INIT101\"", sameVersion);
    }

    [Fact]
    public void A_damaged_or_cut_entry_is_ignored_and_rewritten()
    {
        var (app, _) = AppOverLibrary(CallsIt);
        string cache = CacheFolder();
        string expected = CacheRuns.WithoutCache(app);
        CacheRuns.WithCache(app, cache);
        string entry = CacheRuns.EntryOf(cache, "Lib");
        byte[] intact = File.ReadAllBytes(entry);
        var damages = CacheFileTests.Sections(intact)
            .SelectMany(s => new[] { Flip(intact, s.Start + s.Length / 2), intact.Take(s.Start + s.Length / 2).ToArray() })
            .Append(new byte[] { 1, 2, 3 });

        foreach (byte[] damaged in damages)
        {
            File.WriteAllBytes(entry, damaged);

            Assert.Equal(expected, CacheRuns.WithCache(app, cache));
            Assert.NotNull(CacheFile.Read(File.ReadAllBytes(entry), _ => true));
        }
    }

    [Fact]
    public async Task Concurrent_verifications_writing_the_same_entries_agree_and_leave_whole_files()
    {
        var corpus = CacheEquivalenceTests.CorpusApplication();
        string cache = CacheFolder();
        string expected = CacheRuns.WithoutCache(corpus);

        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => CacheRuns.WithCache(corpus, cache))));

        Assert.All(reports, report => Assert.Equal(expected, report));
        var files = Directory.GetFiles(cache);
        Assert.Equal(new[] { "FuzzLib.facts" }, files.Select(Path.GetFileName));
        Assert.NotNull(CacheFile.Read(File.ReadAllBytes(files[0]), _ => true));
        Assert.Equal(expected, CacheRuns.WithCache(corpus, cache));
    }

    private static string CacheFolder() => Path.Combine(TestFolders.NewFolder("cache"), "initorder");

    private static (VerificationRequest App, string LibraryFolder) AppOverLibrary(string librarySource)
    {
        string folder = TestFolders.NewFolder("library");
        return (Application("Lib.Api.Run(() => Target.Touch());", Library(librarySource, folder)), folder);
    }

    private static CompiledAssembly Library(string source, string folder) =>
        TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", source).Emit(folder);

    private static VerificationRequest Application(string earlyBody, CompiledAssembly library)
    {
        var app = TestAssemblyBuilder.Create("App").Reference(library)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource(earlyBody, ""))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit();
        return new VerificationRequest(app.Path, app.ReferencePaths, null, app.ProjectDirectory);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        byte[] copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }

    /// <summary>Writes <paramref name="stale"/>'s facts under a key that matches the library's current file, named for <paramref name="analysis"/>.</summary>
    private static void Forge(VerificationRequest app, string cache, CacheFile stale, string analysis)
    {
        using var main = AssemblyFileReader.Read(app.AssemblyPath);
        using var set = new AssemblySet(main, app.ReferencePaths, new SourcePathMapper(System.Array.Empty<SourceRootMapping>(), null));
        var library = set.Get("Lib")!;
        var dependencies = stale.Key.Dependencies.Select(d => new KeyValuePair<string, string>(d.Key, set.CandidateFingerprint(d.Key))).ToList();
        var key = new CacheKey(analysis, AssemblyIdentity.Of(library), dependencies);
        File.WriteAllBytes(CacheRuns.EntryOf(cache, "Lib"), CacheFileWriter.Write(key, stale.Methods));
    }
}
