using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>The build-time verifier as users meet it: errors with chains and lines, reports, incrementality.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class VerifierTests(PackedPackageFixture package)
{
    private const string TwoPatchesTemplate = """
        namespace App;

        public static class Config
        {
            public static string Value = "default";
        }

        public static class Logger
        {
            public static readonly string Prefix;

            static Logger()
            {
                Prefix = "[" + Config.Value + "]";
            }

            public static int Level { get; set; }
        }

        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(Logger), Order = ORDER_A)]
            internal static void ConfigureLogger()
            {
                Logger.Level = 2;
            }

            [InitOrder.InitPatch(typeof(Config), Order = ORDER_B)]
            internal static void ConfigureConfig() => Config.Value = "patched";
        }

        internal static class Program
        {
            private static void Main() => System.Console.WriteLine(Logger.Prefix);
        }
        """;

    private static string TwoPatches(int orderA, int orderB)
        => TwoPatchesTemplate.Replace("ORDER_A", orderA.ToString()).Replace("ORDER_B", orderB.ToString());

    [Fact]
    public void Module_initializer_prepended_ahead_of_InitOrder_is_INIT101_and_nothing_reaches_bin()
    {
        var app = package.CreateProject("Gevent").WithSample("Gevent")
            .WithFile("Early/EarlyTelemetry.cs", "namespace Early;\n\ninternal static class EarlyTelemetry\n{\n    [System.Runtime.CompilerServices.ModuleInitializer]\n    internal static void Init()\n    {\n        System.Console.WriteLine(\"[early] \" + Gevent.ThreadRegistry.Count);\n    }\n}\n")
            .WithFile("Early/Early.targets", """
                <Project>
                  <!-- Another package using the same trick as InitOrder, after it: its file ends up first. -->
                  <Target Name="EarlyPrepend" BeforeTargets="BeforeCompile" AfterTargets="InitOrderPrependBootstrap">
                    <ItemGroup>
                      <_EarlyUserCompile Include="@(Compile)" />
                      <Compile Remove="@(Compile)" />
                      <Compile Include="$(MSBuildThisFileDirectory)EarlyTelemetry.cs" />
                      <Compile Include="@(_EarlyUserCompile)" />
                    </ItemGroup>
                  </Target>
                </Project>
                """)
            .WithFile("Directory.Build.targets", "<Project><ItemGroup><Compile Remove=\"Early/**\" /></ItemGroup><Import Project=\"Early/Early.targets\" /></Project>");

        var build = app.Build();

        var error = BuildAssert.FailedWithSingle(build, "INIT101");
        Assert.Equal(Path.Combine(app.Directory, "Early", "EarlyTelemetry.cs"), error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains("Gevent.GreenletPatch.Apply", error.Message);
        // The first (here the only) error says where the report that explains it is.
        Assert.EndsWith(". Report: " + app.IntermediateFile("InitOrder.report.md"), error.Message);
        Assert.Contains("EarlyTelemetry.Init()", error.Message);
        Assert.Contains("ThreadRegistry", error.Message);
        Assert.False(File.Exists(app.OutputFile()), "a violating assembly must not reach bin/");
        Assert.True(File.Exists(app.IntermediateFile("InitOrder.report.json")), "the report is written on failure too");
    }

    [Fact]
    public void Earlier_patch_reaching_a_later_patch_target_through_a_static_constructor_is_INIT102_with_the_chain()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", TwoPatches(orderA: 1, orderB: 2));

        var build = app.Build();

        var error = BuildAssert.FailedWithSingle(build, "INIT102");
        Assert.Equal(Path.Combine(app.Directory, "App.cs"), error.File);
        Assert.Equal(25, error.Line);
        Assert.Contains("App.Patches.ConfigureConfig", error.Message);
        Assert.Contains("Patches.ConfigureLogger() (App.cs:25)", error.Message);
        Assert.Contains("Logger..cctor (App.cs:14)", error.Message);
        Assert.Contains("Config.Value", error.Message);
    }

    [Fact]
    public void The_same_patches_in_the_safe_order_build_clean_and_run()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", TwoPatches(orderA: 2, orderB: 1));

        var build = app.Build("-v:d");
        BuildAssert.Succeeded(build);

        Assert.Equal("[patched]", app.Run().StandardOutput.Trim());
        BuildAssert.HasNoInitOrderDiagnostics(build);

        // On a platform the package has ReadyToRun images for, a .NET 10 MSBuild runs the task from them.
        string runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        string expected = new[] { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" }.Contains(runtime) ? "net10.0/" + runtime : "net8.0";
        Assert.Contains("tasks/" + expected + "/InitOrder.Tasks.dll", TaskAssembly(build));
    }

    /// <summary>The task assembly MSBuild loaded, from a detailed log ("Using "VerifyInitOrder" task from assembly ...").</summary>
    private static string TaskAssembly(ProcessResult build) =>
        System.Text.RegularExpressions.Regex.Match(build.Output, "Using \"VerifyInitOrder\" task from assembly \"([^\"]+)\"").Groups[1].Value.Replace('\\', '/');

    [Fact]
    public void Patch_class_whose_static_constructor_reads_the_target_is_INIT102()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", """
            namespace App;

            public static class Config { public static string Value = "default"; }

            internal static class Patches
            {
                private static readonly string Snapshot;

                static Patches()
                {
                    Snapshot = Config.Value;
                }

                [InitOrder.InitPatch(typeof(Config))]
                internal static void Configure() => Config.Value = "patched:" + Snapshot.Length;
            }

            internal static class Program { private static void Main() { } }
            """);

        var build = app.Build();

        var error = BuildAssert.FailedWithSingle(build, "INIT102");
        Assert.Equal(11, error.Line);
        Assert.Contains("Patches..cctor", error.Message);
    }

    [Fact]
    public void Clean_app_with_many_unrelated_static_constructors_has_no_diagnostics_and_a_full_report()
    {
        var source = new StringBuilder("namespace App;\npublic static class Target { public static int Value; }\n");
        for (var i = 0; i < 60; i++)
        {
            var next = i + 1 < 60 ? $"S{i + 1}.Value" : "0";
            source.Append($"public static class S{i} {{ public static readonly int Value; static S{i}() {{ Value = {next} + 1; }} }}\n");
        }

        source.Append("""
            internal static class Patches { [InitOrder.InitPatch(typeof(Target))] internal static void P() => Target.Value = S0.Value; }
            internal static class Early { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() => System.GC.KeepAlive(S30.Value); }
            internal static class Program { private static void Main() => System.Console.WriteLine(Target.Value); }
            """);
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", source.ToString());

        var build = app.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.HasNoInitOrderDiagnostics(build);
        var json = File.ReadAllText(app.IntermediateFile("InitOrder.report.json"));
        Assert.Contains("\"assembly\"", json);
        Assert.Contains("App.Patches.P", json);
        Assert.Contains("App.Early.Init", json);
        Assert.Contains("\"violations\": []", json.Replace("\"violations\":[]", "\"violations\": []"));
        var markdown = File.ReadAllText(app.IntermediateFile("InitOrder.report.md"));
        Assert.Contains("```mermaid", markdown);
        Assert.Contains("App.Patches.P", markdown);
    }

    [Fact]
    public void Verification_is_incremental_reruns_after_a_failure_and_reuses_what_an_edit_left_alone()
    {
        var clean = package.CreateProject("App").WithProject().WithFile("App.cs", TwoPatches(orderA: 2, orderB: 1));
        Assert.Equal(0, clean.Build().ExitCode);
        var report = clean.IntermediateFile("InitOrder.report.json");
        var firstWrite = File.GetLastWriteTimeUtc(report);

        var noOp = clean.Build();

        Assert.Equal(0, noOp.ExitCode);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(report));

        var failing = package.CreateProject("App").WithProject().WithFile("App.cs", TwoPatches(orderA: 1, orderB: 2));
        // Reuse is on by default; said here so the test holds when a run turns it off for every other test.
        var error = BuildAssert.FailedWithSingle(failing.Build("-p:InitOrderReuse=true"), "INIT102");
        Assert.Contains("\"reused\": false", File.ReadAllText(failing.IntermediateFile("InitOrder.report.json")));

        // An edit of a method the verification never read (Main's body): the previous verification still holds and is
        // reused, the same error included. Built with the IL task every host can run (the ReadyToRun images turned off).
        string edited = TwoPatches(orderA: 1, orderB: 2).Replace(
            "private static void Main() => System.Console.WriteLine(Logger.Prefix);",
            "private static void Main() { System.Console.WriteLine(Logger.Prefix); System.Console.WriteLine(Logger.Prefix); }");
        Assert.NotEqual(TwoPatches(orderA: 1, orderB: 2), edited);
        var again = failing.WithFile("App.cs", edited).Build("-v:d", "-p:InitOrderReadyToRun=false", "-p:InitOrderReuse=true");
        Assert.NotEqual(0, again.ExitCode);
        // A detailed log prints each error twice, once with the node's prefix.
        var errors = MsBuildDiagnostic.Parse(again.Output).Where(d => d.Severity == "error").ToList();
        Assert.Contains(error, errors);
        Assert.All(errors, e => Assert.Equal(error.Message, e.Message));
        Assert.Contains("tasks/net8.0/InitOrder.Tasks.dll", TaskAssembly(again));
        Assert.Contains("the previous verification still holds", again.Output);
        Assert.Contains("\"reused\": true", File.ReadAllText(failing.IntermediateFile("InitOrder.report.json")));
    }

    [Fact]
    public void InitOrderVerify_false_turns_off_only_the_verifier()
    {
        var app = package.CreateProject("App").WithProject(properties: "<InitOrderVerify>false</InitOrderVerify>").WithFile("App.cs", TwoPatches(orderA: 1, orderB: 2));

        var build = app.Build();

        BuildAssert.Succeeded(build);
        Assert.False(File.Exists(app.IntermediateFile("InitOrder.report.json")));
        Assert.Equal("[default]", app.Run().StandardOutput.Trim());
    }

    [Fact]
    public void Multi_targeted_library_verifies_each_target_framework_into_its_own_report()
    {
        // Each target framework compiles a different patch, so a report can only name its patch if its own assembly was verified.
        var library = package.CreateProject("Multi").WithProject(outputType: "Library", targetFramework: "netstandard2.0;net8.0;net10.0", properties: "<LangVersion>latest</LangVersion>")
            .WithFile("Lib.cs", """
                namespace Multi
                {
                    public static class Flags { public static bool On; }
                    internal static class P
                    {
                #if NET10_0
                        [InitOrder.InitPatch(typeof(Flags))] internal static void SetOnNet10() { Flags.On = true; }
                #elif NET8_0
                        [InitOrder.InitPatch(typeof(Flags))] internal static void SetOnNet8() { Flags.On = true; }
                #else
                        [InitOrder.InitPatch(typeof(Flags))] internal static void SetOnNetStandard() { Flags.On = true; }
                #endif
                    }
                }
                """);

        var build = library.Build();

        BuildAssert.Succeeded(build);
        foreach (var (framework, patch) in new[] { ("netstandard2.0", "SetOnNetStandard"), ("net8.0", "SetOnNet8"), ("net10.0", "SetOnNet10") })
        {
            var json = File.ReadAllText(library.IntermediateFile("InitOrder.report.json", targetFramework: framework));
            var patches = Regex.Matches(json, @"Multi\.P\.SetOn\w+").Select(m => m.Value).Distinct().ToArray();
            Assert.Equal(new[] { "Multi.P." + patch }, patches);
        }
    }
}
