using System;
using System.Diagnostics;
using System.IO;
using InitOrder.Cli.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>The real executable: Main passes the exit code and the streams through.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_executable_exits_with_1_on_a_violation_and_2_on_a_bad_option()
    {
        var violation = RunExecutable("check", Fixtures.Plain.Path, "--target", "Sample.Target");
        var usage = RunExecutable("check", Fixtures.Plain.Path, "--frobnicate");

        Assert.True(violation.ExitCode == 1, violation.ToString());
        Assert.Contains("error INIT101: Checked target 'Sample.Target'", violation.Output);
        Assert.True(usage.ExitCode == 2, usage.ToString());
        Assert.StartsWith("initorder: Unrecognized command or argument '--frobnicate'.", usage.Error);
    }

    private static CliResult RunExecutable(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "initorder.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error.Result);
    }
}
