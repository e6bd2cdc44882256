using System.IO;
using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts.Cache;

/// <summary>
/// The cache never changes a report: without it, with an empty folder (every method scanned and written) and with the
/// folder the first run filled (every library method replayed) the reports are the same, byte for byte. On the fuzz
/// corpus's application (async code, lambdas, iterators, LINQ, generics, a library with a module initializer), once
/// against reference assemblies and once against the running runtime's implementation assemblies, whose code it
/// reaches by the thousand methods.
/// </summary>
public sealed class CacheEquivalenceTests
{
    [Fact]
    public void Reports_are_identical_without_the_cache_cold_and_warm_with_a_code_library()
    {
        var request = CorpusApplication();

        AssertIdentical(request, expectedEntries: new[] { "FuzzLib.facts" });
    }

    [Fact]
    public void Reports_are_identical_without_the_cache_cold_and_warm_with_the_runtime_libraries()
    {
        var corpus = CorpusApplication();
        var request = CacheRuns.WithReferences(corpus, CacheRuns.RuntimeAssemblies().Append(Path.Combine(corpus.ProjectDirectory!, "FuzzLib.dll")));

        AssertIdentical(request, expectedEntries: new[] { "FuzzLib.facts", "System.Private.CoreLib.facts", "System.Linq.facts", "System.Console.facts" });
    }

    private static void AssertIdentical(VerificationRequest request, string[] expectedEntries)
    {
        string folder = Path.Combine(TestFolders.NewFolder("cache"), "initorder");

        string without = CacheRuns.WithoutCache(request);
        string cold = CacheRuns.WithCache(request, folder);
        var written = CacheRuns.Files(folder);
        var stamps = written.Keys.ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(folder, f)));
        string warm = CacheRuns.WithCache(request, folder);

        Assert.Equal(without, cold);
        Assert.Equal(without, warm);
        Assert.All(expectedEntries, entry => Assert.Contains(entry, written.Keys));
        Assert.DoesNotContain("App.facts", written.Keys);

        // The warm run found every method it reached in the files: it had nothing to add, so it rewrote nothing.
        var after = CacheRuns.Files(folder);
        Assert.Equal(written.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        Assert.All(written, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.All(stamps, stamp => Assert.Equal(stamp.Value, File.GetLastWriteTimeUtc(Path.Combine(folder, stamp.Key))));
    }

    /// <summary>The fuzz corpus's undamaged application and library, in a folder of their own.</summary>
    internal static VerificationRequest CorpusApplication()
    {
        var corpus = FuzzCorpus.Instance;
        var app = corpus.Files.Single(f => f.RelativePath == "App.dll");
        return corpus.WriteCase(TestFolders.NewFolder("corpus"), app, app.Bytes);
    }
}
