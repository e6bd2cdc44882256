using System.IO;
using System.Text.RegularExpressions;
using InitOrder.Cli.Tests.Infrastructure;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>--cache keeps what the analysis learns about the references in the folder it names, and only there.</summary>
public sealed class CacheOptionTests
{
    [Fact]
    public void Cache_keeps_one_entry_per_library_in_its_folder_and_a_second_check_prints_the_same()
    {
        var plain = Fixtures.Plain;
        string cache = Path.Combine(TestFolders.NewFolder("cli-cache"), "initorder");

        var first = InitOrderCommand.Run("check", plain.Path, "--target", "Sample.Target", "--cache", cache);
        var second = InitOrderCommand.Run("check", plain.Path, "--target", "Sample.Target", "--cache", cache);

        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.Equal(new[] { "Vendor.facts" }, System.Array.ConvertAll(Directory.GetFiles(cache), f => Path.GetFileName(f)));
        Assert.Equal(first.ExitCode, second.ExitCode);
        // The same verdict, graph and messages; only the time differs.
        Assert.Equal(WithoutTime(first.Output), WithoutTime(second.Output));
    }

    private static string WithoutTime(string output) => Regex.Replace(output, @"\d+ ms\)", "0 ms)");
}
