using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>Hosts other than a plain `dotnet build`: IDE design-time builds and `dotnet watch`.</summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class HostIntegrationTests(PackedPackageFixture package)
{
    private static readonly TimeSpan WatchStepTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The global properties Visual Studio, C# Dev Kit and MSBuildWorkspace set to ask CoreCompile for the compiler's
    /// command line instead of compiling; -getItem prints the answer as JSON.
    /// </summary>
    private static readonly string[] DesignTimeBuild =
    {
        "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:BuildProjectReferences=false",
        "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs",
    };

    private static string App(string mainLabel) => $$"""
        namespace App;
        public static class Clock { public static string Source = "system"; }
        internal static class Patches { [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "fake"; }
        internal static class Program
        {
            private static void Main() => System.Console.WriteLine("[{{mainLabel}}] clock=" + Clock.Source + " applied=" + string.Join(",", InitOrder.InitPatches.Applied));
        }
        """;

    [Fact]
    public void Design_time_build_hands_the_IDE_the_bootstrap_first_and_the_generator_runs_no_verifier_and_a_later_build_works()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", App("main"));

        var designTime = app.Build(DesignTimeBuild);

        BuildAssert.Succeeded(designTime);
        var arguments = CompilerArguments(designTime);
        var sources = arguments.Where(a => a.EndsWith(".cs", StringComparison.Ordinal) && File.Exists(Path.Combine(app.Directory, a))).ToArray();
        Assert.True(sources.Length > 1 && sources[0].EndsWith("InitOrder.Bootstrap.cs", StringComparison.Ordinal), "the bootstrap must be the first source: " + string.Join(" ", sources));
        Assert.Contains("App.cs", sources);
        Assert.Contains(arguments, a => a.StartsWith("/analyzer:", StringComparison.Ordinal) && a.EndsWith("InitOrder.Generator.dll", StringComparison.Ordinal));
        Assert.False(File.Exists(app.IntermediateFile("App.dll")), "a design-time build must not compile");
        Assert.False(File.Exists(app.IntermediateFile("InitOrder.report.json")), "a design-time build must not verify");

        // What an IDE does next: a real build in the same folder.
        BuildAssert.Succeeded(app.Build());
        Assert.Equal("[main] clock=fake applied=App.Patches.UseFake", app.Run().StandardOutput.Trim());
    }

    [Fact]
    public void Dotnet_watch_rebuilds_and_verifies_after_an_edit_and_the_restarted_app_applies_the_patch_again()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", App("first"));
        var report = app.IntermediateFile("InitOrder.report.json");

        using var watch = app.Watch("run", "--non-interactive");
        watch.WaitForLine("[first] clock=fake applied=App.Patches.UseFake", WatchStepTimeout);
        watch.WaitForLine("Waiting for a file to change", WatchStepTimeout);
        var firstVerification = File.GetLastWriteTimeUtc(report);
        app.WithFile("App.cs", App("second"));

        watch.WaitForLine("[second] clock=fake applied=App.Patches.UseFake", WatchStepTimeout);
        Assert.True(File.GetLastWriteTimeUtc(report) > firstVerification, "watch's rebuild must run the verifier\n" + watch.Output);
    }

    private static string[] CompilerArguments(ProcessResult designTime)
    {
        using var json = JsonDocument.Parse(designTime.StandardOutput);
        return json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!)
            .ToArray();
    }

    [Fact]
    public void A_host_older_than_the_supported_MSBuild_stops_with_INIT007_instead_of_silently_skipping_the_generator()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", ClockApp.Clean());

        // MSBuildVersion itself cannot be lowered; raising the minimum takes the same path an old host would.
        var build = app.Build("-p:_InitOrderMinimumMSBuildVersion=99.0");

        var error = BuildAssert.FailedWithSingle(build, "INIT007");
        Assert.StartsWith("InitOrder needs MSBuild 99.0 or later", error.Message);
        Assert.False(File.Exists(app.IntermediateFile("App.dll")), "the compiler ran although the host check failed");
    }
}
