using System;
using System.Collections.Generic;
using System.Linq;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The dotnet CLI as tests use it: a private NuGet cache per test run (re-packing the same version is otherwise
/// never picked up), no MSBuild node reuse and no compiler server, so nothing outlives the test.
/// </summary>
public sealed class DotNet(string packagesCache)
{
    public static readonly string[] IsolationArguments = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };

    public ProcessResult Run(string workingDirectory, params string[] arguments)
        => ProcessRunner.Run("dotnet", arguments, workingDirectory, Environment());

    /// <summary>Another program (an installed tool) with the same environment as the dotnet commands.</summary>
    public ProcessResult RunProgram(string program, string workingDirectory, params string[] arguments)
        => ProcessRunner.Run(program, arguments, workingDirectory, Environment());

    /// <summary>
    /// A shell script as a user types it (`bash -e`: it stops at the first failing line), with the same environment
    /// as the dotnet commands plus <paramref name="extra"/>.
    /// </summary>
    public ProcessResult RunShell(string workingDirectory, string script, IReadOnlyDictionary<string, string?> extra, TimeSpan timeout)
    {
        var environment = Environment();
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return ProcessRunner.Run("bash", new[] { "-e", "-c", script }, workingDirectory, environment, timeout);
    }

    /// <summary>`dotnet build`/`pack`/`publish` with the isolation switches.</summary>
    public ProcessResult Build(string workingDirectory, string verb, params string[] arguments)
        => Run(workingDirectory, new[] { verb }.Concat(IsolationArguments).Concat(arguments).ToArray());

    /// <summary>
    /// `dotnet watch` and other commands that keep running. Watch takes no -nodeReuse switch and builds through its
    /// own MSBuild, so the isolation comes from the environment, which MSBuild also reads as properties.
    /// </summary>
    public BackgroundProcess Start(string workingDirectory, params string[] arguments)
    {
        var environment = Environment();
        environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";
        return new BackgroundProcess("dotnet", arguments, workingDirectory, environment);
    }

    private Dictionary<string, string?> Environment() => new()
    {
        ["NUGET_PACKAGES"] = packagesCache,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        // MSBuild reads the environment as properties: scripts (the README's blocks) and `dotnet watch`, which take no
        // -p: switch from here, start no compiler server either.
        ["UseSharedCompilation"] = "false",
        // A consumer must not inherit the test host's build: these are set by `dotnet test` for its own children.
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildSDKsPath"] = null,
    };
}
