using System.Collections.Generic;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// Code the build cannot see: a DOTNET_STARTUP_HOOKS hook runs before the app's module initializer and loads the
/// assembly a patch targets. The generated guard notices, as gevent's `'threading' in sys.modules` check does.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RuntimeGuardTests(PackedPackageFixture package)
{
    private const string GuardMessage = "InitOrder: assembly 'TargetLib' was already loaded when patch 'App.Patches.ConfigureTargetLib' was about to run";

    private (ConsumerProject App, string Hook) BuildApp(string guard)
    {
        var (target, hook) = package.Shared("runtime-guard-helpers", BuildHelpers);
        var app = package.CreateProject("App")
            .WithProject(properties: $"<InitOrderRuntimeGuard>{guard}</InitOrderRuntimeGuard>", items: $"<ProjectReference Include=\"{target.ProjectPath}\" />")
            .WithFile("App.cs", """
                namespace App;
                internal static class Patches
                {
                    [InitOrder.InitPatch(Assemblies = new[] { "TargetLib" })]
                    internal static void ConfigureTargetLib() => System.Console.WriteLine("[patch] applied");
                }

                internal static class Program
                {
                    private static void Main() => System.Console.WriteLine("[main] " + TargetLib.Api.Name + " findings=" + InitOrder.InitPatches.GuardFindings.Count);
                }
                """);
        BuildAssert.Succeeded(app.Build());
        return (app, hook);
    }

    /// <summary>The library a patch targets, and a startup hook that loads it before the app's initializer runs; built once.</summary>
    private (ConsumerProject Target, string HookPath) BuildHelpers()
    {
        var target = package.CreateProject("TargetLib").WithProject(outputType: "Library", referenceInitOrder: false)
            .WithFile("Api.cs", "namespace TargetLib; public static class Api { public static string Name => \"target\"; }");
        var hook = package.CreateProject("Hook").WithProject(outputType: "Library", referenceInitOrder: false)
            .WithFile("StartupHook.cs", """
                internal static class StartupHook
                {
                    public static void Initialize()
                    {
                        var path = System.IO.Path.Combine(System.AppContext.BaseDirectory, "TargetLib.dll");
                        System.Reflection.Assembly.LoadFrom(path);
                    }
                }
                """);
        BuildAssert.Succeeded(hook.Build());
        return (target, hook.OutputFile());
    }

    private static Dictionary<string, string?> WithHook(string hook) => new() { ["DOTNET_STARTUP_HOOKS"] = hook };

    [Fact]
    public void Warn_prints_one_line_and_still_applies_the_patch_and_is_silent_without_the_hook()
    {
        var (app, hook) = BuildApp("warn");

        var hooked = app.Run(environment: WithHook(hook));
        var plain = app.Run();

        Assert.True(hooked.ExitCode == 0, hooked.ToString());
        Assert.Contains(GuardMessage, hooked.StandardError);
        Assert.Contains("[patch] applied", hooked.StandardOutput);
        Assert.Contains("findings=1", hooked.StandardOutput);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(string.Empty, plain.StandardError.Trim());
        Assert.Contains("findings=0", plain.StandardOutput);
    }

    [Fact]
    public void Throw_stops_start_up_with_the_patch_and_the_assembly_named()
    {
        var (app, hook) = BuildApp("throw");

        var run = app.Run(environment: WithHook(hook));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(GuardMessage, run.StandardError);
        Assert.DoesNotContain("[main]", run.StandardOutput);
    }

    [Fact]
    public void Off_does_nothing()
    {
        var (app, hook) = BuildApp("off");

        var run = app.Run(environment: WithHook(hook));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("InitOrder:", run.StandardError);
        Assert.Contains("findings=0", run.StandardOutput);
    }
}
