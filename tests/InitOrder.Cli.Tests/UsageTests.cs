using System.IO;
using InitOrder.Cli.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>Bad command lines exit with 2 and say what is wrong on standard error; help and version exit with 0.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("check", "App.dll", "--help")]
    public void Help_prints_the_usage_and_exits_with_0(params string[] args)
    {
        var result = InitOrderCommand.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("initorder check <assembly> [--target <Type or assembly>]... [--report <dir>]", result.Output);
        Assert.Contains("--all-static-constructors", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Version_prints_the_tool_name_and_version()
    {
        var result = InitOrderCommand.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^initorder \d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("No command given.")]
    [InlineData("Unknown command 'verify'; the command is 'check'.", "verify", "App.dll")]
    [InlineData("Unknown option '--targets'.", "check", "App.dll", "--targets", "X")]
    [InlineData("--target needs a value.", "check", "App.dll", "--target")]
    [InlineData("--report needs a value.", "check", "App.dll", "--report", "--all-static-constructors")]
    [InlineData("--report is given twice.", "check", "App.dll", "--report", "a", "--report", "b")]
    [InlineData("'check' needs the path of a built assembly.", "check", "--all-static-constructors")]
    [InlineData("Only one assembly can be checked at a time; got 'A.dll' and 'B.dll'.", "check", "A.dll", "B.dll")]
    public void Bad_command_lines_exit_with_2_and_explain(string message, params string[] args)
    {
        var result = InitOrderCommand.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        var lines = result.Error.Split('\n');
        Assert.Equal("initorder: " + message, lines[0]);
        Assert.StartsWith("Usage: initorder check <assembly>", lines[1]);
    }

    [Fact]
    public void A_missing_assembly_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "initorder-no-such-folder", "Missing.dll");

        var result = InitOrderCommand.Run("check", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("initorder: '" + missing + "' does not exist.", result.Error);
    }

    [Fact]
    public void A_missing_reference_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "initorder-no-such-folder");

        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--reference", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("initorder: --reference '" + missing + "' does not exist.", result.Error);
    }
}
