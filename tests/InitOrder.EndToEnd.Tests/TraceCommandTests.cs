using System.IO;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// `initorder trace` through the packed InitOrder.Tool, on real builds: what the build cannot see (a plugin created by
/// name) is caught at run time with its stack, a `dotnet test` run is traced through its test host, a patch that
/// never ran is reported as such, and a patch on the class holding the app's own module initializer is clean. Four
/// builds serve every assertion.
/// </summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class TraceCommandTests(PackedPackageFixture package)
{
    [Fact]
    public void A_plugin_a_framework_creates_by_name_before_the_patch_builds_clean_fails_under_trace_with_its_stack_and_passes_with_the_patch_first()
    {
        var app = PluginApp();

        var early = Trace(app.Directory, "--", "dotnet", app.OutputFile());

        Assert.True(early.ExitCode == 1, early.ToString());
        string plugin = Path.Combine(app.Directory, "AuditPlugin", "Plugin.cs");
        Assert.Contains(plugin + "(10,9): error INIT301: Patch 'PluginApp.Patches.Configure' targets 'PluginApp.Settings', but 'AuditPlugin.Plugin..ctor()' ran 'PluginApp.Settings..cctor' before the patch finished", early.StandardOutput);
        Assert.Contains("    at PluginApp.Settings..cctor() in " + Path.Combine(app.Directory, "Settings.cs") + ":line 5\n", early.StandardOutput);
        Assert.Contains("The build's verifier does not predict this", early.StandardOutput);
        Assert.Contains("    at AuditPlugin.Plugin..ctor() in " + plugin + ":line 10\n", early.StandardOutput);
        Assert.Contains("    at PluginHost.PluginLoader.CreateAll() in " + Path.Combine(app.Directory, "PluginHost", "PluginLoader.cs") + ":line 15\n", early.StandardOutput);
        Assert.Contains("    at PluginApp.Plugins.LoadConfigured() in " + Path.Combine(app.Directory, "Plugins.cs") + ":line 13\n", early.StandardOutput);
        Assert.Contains("[plugin] audit mode: default", early.StandardOutput);

        var patchFirst = BuildPluginApp("-p:PatchFirst=true");
        var clean = Trace(patchFirst.Directory, "--report", "trace-report", "--", "dotnet", patchFirst.OutputFile());

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("[plugin] audit mode: strict", clean.StandardOutput);
        Assert.Contains("Clean: 0 violations (0 also predicted by the build, 0 seen only by the trace), 0 patches never ran.", clean.StandardOutput);
        Assert.Contains("\"ran\": true", File.ReadAllText(Path.Combine(patchFirst.Directory, "trace-report", "InitOrder.trace.json")));
    }

    [Fact]
    public void A_test_run_is_traced_through_its_test_host_and_an_assembly_it_never_loads_is_a_patch_that_never_ran()
    {
        var tests = package.CreateProject("ClockTests").WithSample(Path.Combine("Trace", "ClockTests"));
        BuildAssert.Succeeded(tests.Build());
        var neverLoaded = PluginApp();

        var run = Trace(tests.Directory, "--assembly", neverLoaded.OutputFile(), "--", "dotnet", "test", tests.ProjectPath, "--no-build", "-nodeReuse:false");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Passed!  - Failed:     0, Passed:     1", run.StandardOutput);
        Assert.Matches(@"Traced [3-9] processes \(", run.StandardOutput);
        Assert.Matches(@"Patch 'ClockTests\.TestClock\.Freeze' ran in process \d+; \[ModuleInitializer\] methods run before it: none; after it: none\.", run.StandardOutput);
        Assert.Contains(": error INIT302: Patch 'PluginApp.Patches.Configure' never ran: no traced process loaded 'PluginApp'.", run.StandardOutput);
        Assert.Contains("0 violations (0 also predicted by the build, 0 seen only by the trace), 2 patches never ran.", run.StandardOutput);
    }

    [Fact]
    public void A_patch_on_the_class_that_holds_the_app_s_own_module_initializer_is_clean_under_the_build_check_and_trace()
    {
        // Issue 22's program: <Module>..cctor names Startup (it calls Startup.Init after InitOrder's patches), and that
        // was once reported as a touch; nothing of Startup runs before the patch, and the run prints it in that order.
        var app = package.CreateProject("MyApp").WithProject().WithFile("Program.cs", """
            using System;
            using System.Runtime.CompilerServices;

            namespace MyApp;

            public static class Startup
            {
                public static string Mode = "unset";

                [ModuleInitializer]
                internal static void Init()
                {
                    Mode = "initialized";
                    Console.WriteLine("main init ran");
                }
            }

            internal static class LoggingPatch
            {
                [InitOrder.InitPatch(typeof(Startup), Order = -1)]
                internal static void Configure() => Console.WriteLine("patch ran");
            }

            internal static class Program
            {
                private static void Main() => Console.WriteLine("mode " + Startup.Mode);
            }
            """);
        BuildAssert.Succeeded(app.Build());

        var check = package.DotNet.RunProgram(package.Tool, app.Directory, "check", app.OutputFile());
        var traced = Trace(app.Directory, "--", "dotnet", app.OutputFile());

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(traced.ExitCode == 0, traced.ToString());
        Assert.Contains("patch ran\nmain init ran\nmode initialized\n", traced.StandardOutput);
        Assert.Matches(@"Patch 'MyApp\.LoggingPatch\.Configure' ran in process \d+; \[ModuleInitializer\] methods run before it: none; after it: MyApp\.Startup\.Init\(\)\.", traced.StandardOutput);
        Assert.Contains("Clean: 0 violations (0 also predicted by the build, 0 seen only by the trace), 0 patches never ran.", traced.StandardOutput);
    }

    [Fact]
    public void The_tool_package_has_its_own_readme()
    {
        _ = package.Tool;
        using var archive = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(package.Feed, "InitOrder.Tool.*.nupkg").Single());

        Assert.NotNull(archive.GetEntry("README.md"));
        using var nuspec = new StreamReader(archive.GetEntry("InitOrder.Tool.nuspec")!.Open());
        Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd());
    }

    /// <summary>The plugin sample with the plugin loaded first, built once (the verifier on, so a clean build is asserted too).</summary>
    private ConsumerProject PluginApp() => package.Shared("trace-plugin-app", () => BuildPluginApp());

    /// <summary>Builds the plugin project, which builds the app first and puts the plugin into the app's plugins folder.</summary>
    private ConsumerProject BuildPluginApp(params string[] properties)
    {
        var app = package.CreateProject("PluginApp").WithSample(Path.Combine("Trace", "PluginApp"));
        var plugin = Path.Combine(app.Directory, "AuditPlugin", "AuditPlugin.csproj");
        BuildAssert.Succeeded(package.DotNet.Build(app.Directory, "build", new[] { plugin, "-v:minimal", $"-p:InitOrderVersion={package.Version}" }.Concat(properties).ToArray()));
        return app;
    }

    private ProcessResult Trace(string workingDirectory, params string[] arguments) =>
        package.DotNet.RunProgram(package.Tool, workingDirectory, new[] { "trace" }.Concat(arguments).ToArray());
}
