using System.IO;
using System.Text.RegularExpressions;
using InitOrder.Cli.Tests.Infrastructure;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>--cache keeps what the analysis learns about the references in the folder it names, and only there.</summary>
public sealed class CacheOptionTests
{
    [Fact]
    public void Cache_keeps_one_entry_per_library_and_the_check_in_its_folder_and_a_second_check_reuses_it()
    {
        var plain = Fixtures.Plain;
        string cache = Path.Combine(TestFolders.NewFolder("cli-cache"), "initorder");

        var first = InitOrderCommand.Run("check", plain.Path, "--target", "Sample.Target", "--cache", cache);
        var second = InitOrderCommand.Run("check", plain.Path, "--target", "Sample.Target", "--cache", cache);

        Assert.True(first.ExitCode == 1, first.ToString());
        var files = System.Array.ConvertAll(Directory.GetFiles(cache), f => Path.GetFileName(f));
        System.Array.Sort(files, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "InitOrder.verification", "Vendor.facts" }, files);
        Assert.Equal(first.ExitCode, second.ExitCode);
        // Nothing changed, so the second check is the first one reused: the same verdict, graph and messages.
        Assert.DoesNotContain("previous check reused", first.Output);
        Assert.Contains(", the previous check reused: nothing it read changed)", second.Output);
        Assert.Equal(WithoutTime(first.Output), WithoutTime(second.Output.Replace(", the previous check reused: nothing it read changed", "")));
    }

    private static string WithoutTime(string output) => Regex.Replace(output, @"\d+ ms\)", "0 ms)");
}
