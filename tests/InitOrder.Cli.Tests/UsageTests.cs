using System.IO;
using InitOrder.Analysis.Tests.Infrastructure;
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

    // Since the move to System.CommandLine the messages are the library's own (as in the dotnet CLI), except where its
    // first error would hide the cause (a mistyped verb) or accept a mistake (an option name taken as a value).
    [Theory]
    [InlineData("No command given.")]
    [InlineData("Unknown command 'verify'; the commands are 'check' and 'trace'.", "verify", "App.dll")]
    public void A_command_line_without_a_verb_shows_both_verbs(string message, params string[] args)
    {
        var result = InitOrderCommand.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            "initorder: " + message + "\n" +
            "Usage: initorder check <assembly> [--target <Type or assembly>]... [--report <dir>] [--all-static-constructors] [--reference <file or folder>]... [--cache <dir>]\n" +
            "       initorder trace [--report <dir>] [--assembly <app.dll>]... -- <command> [<args>...]\n" +
            "Run 'initorder --help' for details.\n",
            result.Error);
    }

    [Theory]
    [InlineData("Unrecognized command or argument '--targets'.", "check", "App.dll", "--targets", "X")]
    [InlineData("Required argument missing for option: '--target'.", "check", "App.dll", "--target")]
    [InlineData("--report needs a value, not '--all-static-constructors'.", "check", "App.dll", "--report", "--all-static-constructors")]
    [InlineData("Option '--report' expects a single argument but 2 were provided.", "check", "App.dll", "--report", "a", "--report", "b")]
    [InlineData("Required argument missing for command: 'check'.", "check", "--all-static-constructors")]
    [InlineData("Unrecognized command or argument 'B.dll'.", "check", "A.dll", "B.dll")]
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
    public void A_folder_given_as_the_assembly_is_a_usage_error_that_says_so()
    {
        string folder = Directory.CreateDirectory(Path.Combine(TestFolders.NewFolder("folder-input"), "App.dll")).FullName;

        var result = InitOrderCommand.Run("check", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("initorder: '" + folder + "' is a folder; name the assembly in it", result.Error);
    }

    [Fact]
    public void A_missing_reference_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "initorder-no-such-folder");

        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--reference", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("initorder: --reference '" + missing + "' does not exist.", result.Error);
    }

    [Fact]
    public void Trace_has_its_own_help()
    {
        var result = InitOrderCommand.Run("trace", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("initorder trace [--report <dir>] [--assembly <app.dll>]... -- <command> [<args>...]", result.Output);
        Assert.Contains("--assembly", result.Output);
        Assert.DoesNotContain("--all-static-constructors", result.Output);
    }

    [Fact]
    public void Trace_without_a_command_shows_the_trace_usage()
    {
        var result = InitOrderCommand.Run("trace", "--report", "out");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n');
        Assert.Equal("initorder: Required argument missing for command: 'trace'.", lines[0]);
        Assert.StartsWith("Usage: initorder trace [--report <dir>]", lines[1]);
    }

    [Fact]
    public void A_command_that_cannot_start_is_a_usage_error()
    {
        var result = InitOrderCommand.Run("trace", "--", "initorder-no-such-program");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("initorder: Cannot start 'initorder-no-such-program': ", result.Error);
    }

    [Fact]
    public void Arguments_can_come_from_a_response_file()
    {
        string file = Path.Combine(TestFolders.NewFolder("rsp"), "check.rsp");
        File.WriteAllLines(file, new[] { "check", Fixtures.Plain.Path, "--target", "Sample.Target" });

        var result = InitOrderCommand.Run("@" + file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error INIT101: Checked target 'Sample.Target'", result.Output);
    }

    [Fact]
    public void Verbs_complete_through_the_suggest_directive()
    {
        // What dotnet-suggest asks a System.CommandLine tool when the user presses Tab after "initorder tr".
        var result = InitOrderCommand.Run("[suggest:12]", "initorder tr");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "trace" }, result.OutputLines);
    }
}
