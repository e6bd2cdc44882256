using System.IO;
using System.Text.Json;
using InitOrder.Analysis.Tests.Infrastructure;
using InitOrder.Cli.Tests.Infrastructure;

namespace InitOrder.Cli.Tests.Trace;

/// <summary>`initorder trace` in-process, where no app build is needed (the end-to-end tests trace real apps).</summary>
public sealed class TraceCommandTests
{
    [Fact]
    public void A_command_that_runs_no_managed_code_leaves_no_trace_which_is_INIT303_and_exit_code_1()
    {
        string reports = Path.Combine(TestFolders.NewFolder("trace-none"), "reports");

        // `dotnet --list-runtimes` is answered by the native host: no runtime starts, so nothing writes a trace.
        var result = InitOrderCommand.Run("trace", "--report", reports, "--", "dotnet", "--list-runtimes");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("error INIT303: The traced command left no readable trace"));
        Assert.Contains("Traced 0 processes () of 'dotnet --list-runtimes'; it exited with code 0.", result.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "InitOrder.trace.json")));
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal("INIT303", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "InitOrder.trace.sarif")));
        Assert.Equal("INIT303", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void A_missing_assembly_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "initorder-no-such-folder", "App.dll");

        var result = InitOrderCommand.Run("trace", "--assembly", missing, "--", "dotnet", "--list-runtimes");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("initorder: --assembly '" + missing + "' does not exist.", result.Error);
    }
}
