using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// Runs the dotnet CLI for the consumer builds: a private NuGet cache (so the freshly packed InitOrder is
/// used even at an unchanged version), and no MSBuild node, MSBuild server or compiler server that could
/// outlive the benchmark or carry warm state from one measured build into the next.
/// </summary>
internal sealed class DotNetCommand
{
    public static readonly string[] IsolationArguments = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };

    private readonly string _packagesCache;

    public DotNetCommand(string packagesCache)
    {
        _packagesCache = packagesCache;
    }

    public (TimeSpan Elapsed, int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(ChildRunner.DotNetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        stopwatch.Stop();
        return (stopwatch.Elapsed, process.ExitCode, output.ToString());
    }

    /// <summary>Throws with the command's output when it failed.</summary>
    public static void Check((TimeSpan Elapsed, int ExitCode, string Output) run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + what + " failed:\n" + run.Output);
        }
    }

    /// <summary>Deletes a build's folder (bin, obj, a work folder) if it is there.</summary>
    public static void DeleteIfPresent(string folder)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }

    private IEnumerable<(string, string?)> Environment()
    {
        yield return ("NUGET_PACKAGES", _packagesCache);
        yield return ("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        yield return ("DOTNET_NOLOGO", "1");
        yield return ("DOTNET_CLI_USE_MSBUILD_SERVER", "0");
        yield return ("MSBUILDDISABLENODEREUSE", "1");
        yield return ("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1");

        // `dotnet run` may hand these to the harness; the consumer builds must pick their own.
        yield return ("MSBuildExtensionsPath", null);
        yield return ("MSBUILD_EXE_PATH", null);
        yield return ("MSBuildSDKsPath", null);
    }
}
