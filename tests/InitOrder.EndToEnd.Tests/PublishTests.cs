using System.IO;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// Publishing trimmed and as native AOT: the generated code (patch sequence, module initializer, run-time guard) adds no
/// trim or AOT warning, and the published app still applies its patches before Main.
/// </summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class PublishTests(PackedPackageFixture package)
{
    // Both kinds of patch: the one with Assemblies gets the run-time guard's loaded-assembly check compiled in.
    private const string App = """
        namespace App;
        public static class Clock { public static string Source = "system"; }
        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(Clock), Order = 1)]
            internal static void UseFakeClock() { Clock.Source = "fake"; System.Console.WriteLine("[patch] clock"); }

            [InitOrder.InitPatch(Assemblies = new[] { "System.Text.Json" }, Order = 2)]
            internal static void ConfigureJson() => System.Console.WriteLine("[patch] json");
        }

        internal static class Program
        {
            private static void Main() => System.Console.WriteLine(
                "[main] clock=" + Clock.Source + " applied=" + string.Join(",", InitOrder.InitPatches.Applied) + " findings=" + InitOrder.InitPatches.GuardFindings.Count);
        }
        """;

    private static readonly string[] ExpectedRun =
    {
        "[patch] clock",
        "[patch] json",
        "[main] clock=fake applied=App.Patches.UseFakeClock,App.Patches.ConfigureJson findings=0",
    };

    // ILLink and ILCompiler print IL2xxx (trimming) and IL3xxx (AOT) codes, as warnings or, with warnings as errors, errors.
    private static readonly Regex TrimOrAotDiagnostic = new(@"\bIL[23]\d{3}\b");

    private ConsumerProject CreateApp(string publishProperties)
        => package.CreateProject("App")
            .WithProject(properties: $"<RuntimeIdentifier>{RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier>{publishProperties}")
            .WithFile("App.cs", App);

    [Fact]
    public void Trimmed_self_contained_publish_has_no_trim_warnings_and_applies_the_patches_before_Main()
    {
        var app = CreateApp("<PublishTrimmed>true</PublishTrimmed><SelfContained>true</SelfContained>");

        var publish = app.Publish("out", "-c", "Release");

        BuildAssert.Succeeded(publish);
        Assert.DoesNotMatch(TrimOrAotDiagnostic, publish.Output);
        var run = app.RunExecutable(Path.Combine("out", "App"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedRun, run.StandardOutputLines);
    }

    [Fact]
    public void Native_AOT_publish_has_no_trim_or_AOT_warnings_and_the_native_app_applies_the_patches_before_Main()
    {
        var app = CreateApp($"<PublishAot>true</PublishAot><CppCompilerAndLinker>{NativeToolchain.CppCompilerAndLinker}</CppCompilerAndLinker>");

        var publish = app.Publish("out", "-c", "Release");

        BuildAssert.Succeeded(publish);
        Assert.DoesNotMatch(TrimOrAotDiagnostic, publish.Output);
        Assert.False(File.Exists(Path.Combine(app.Directory, "out", "App.dll")), "native AOT output has no IL assembly to run");
        var run = app.RunExecutable(Path.Combine("out", "App"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedRun, run.StandardOutputLines);
    }
}
