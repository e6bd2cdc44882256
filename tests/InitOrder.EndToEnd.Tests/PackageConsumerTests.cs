using System.IO;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>What a user of the packed package sees: run order, switches, diagnostics and failures.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageConsumerTests(PackedPackageFixture package)
{
    private const string Patches = """
        namespace App;
        public static class Clock { public static string Source = "system"; }
        public static class Timer { public static int Resolution = 15; }
        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(Timer), Order = 2)]
            internal static void Second() => System.Console.WriteLine("[patch] second");

            [InitOrder.InitPatch(typeof(Clock), Order = 1)]
            internal static void First() { Clock.Source = "fake"; System.Console.WriteLine("[patch] first"); }
        }
        """;

    private const string Program = """
        namespace App;
        internal static class Program
        {
            private static void Main() => System.Console.WriteLine("[main] applied: " + string.Join(",", InitOrder.InitPatches.Applied) + "; clock=" + Clock.Source);
        }
        """;

    // Named to sort first: the compiler calls module initializers in source order, so this one would run first without InitOrder.
    private const string FirstFileInitializer = """
        namespace App;
        internal static class AaaEarly
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Init() => System.Console.WriteLine("[user] module initializer");
        }
        """;

    [Fact]
    public void Patches_run_in_order_before_a_user_initializer_in_the_first_source_file()
    {
        var app = package.CreateProject("App").WithProject()
            .WithFile("AAA.cs", FirstFileInitializer)
            .WithFile("Patches.cs", Patches)
            .WithFile("Program.cs", Program);

        var build = app.Build();
        BuildAssert.Succeeded(build);
        var run = app.Run();

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();
        Assert.Equal(new[] { "[patch] first", "[patch] second", "[user] module initializer", "[main] applied: App.Patches.First,App.Patches.Second; clock=fake" }, lines);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(app.OutputFile())!, "InitOrder.Generator.dll")), "no InitOrder assembly may reach the output");
    }

    [Fact]
    public void InitOrderEnabled_false_compiles_the_attribute_but_runs_no_patch()
    {
        var app = package.CreateProject("App").WithProject(properties: "<InitOrderEnabled>false</InitOrderEnabled>")
            .WithFile("Patches.cs", Patches)
            .WithFile("Program.cs", Program);

        var build = app.Build();
        BuildAssert.Succeeded(build);
        var run = app.Run();

        Assert.Equal("[main] applied: ; clock=system", run.StandardOutput.Trim());
        Assert.False(File.Exists(app.IntermediateFile("InitOrder.report.json")), "the verifier must not run when InitOrder is off");
    }

    [Fact]
    public void Invalid_patch_fails_the_build_with_INIT001_at_the_method()
    {
        var app = package.CreateProject("App").WithProject()
            .WithFile("Program.cs", Program.Replace("InitOrder.InitPatches.Applied", "new string[0]").Replace(" + \"; clock=\" + Clock.Source", ""))
            .WithFile("Bad.cs", "namespace App;\n\ninternal static class Bad\n{\n    [InitOrder.InitPatch(typeof(object))]\n    internal static int NotVoid() => 1;\n}\n");

        var build = app.Build();

        var error = BuildAssert.FailedWithSingle(build, "INIT001");
        Assert.Equal(Path.Combine(app.Directory, "Bad.cs"), error.File);
        Assert.Equal((6, 25), (error.Line, error.Column));
        Assert.Contains("does not return void", error.Message);
    }

    [Fact]
    public void Throwing_patch_stops_start_up_with_its_name_and_the_original_exception()
    {
        var app = package.CreateProject("App").WithProject()
            .WithFile("Program.cs", "internal static class Program { private static void Main() => System.Console.WriteLine(\"[main] reached\"); }")
            .WithFile("Boom.cs", "namespace App; internal static class Boom { [InitOrder.InitPatch(typeof(object))] internal static void Explode() => throw new System.FormatException(\"bad switch value\"); }");

        var build = app.Build();
        BuildAssert.Succeeded(build);
        var run = app.Run();

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("[main] reached", run.StandardOutput);
        Assert.Contains("InitOrder patch 'App.Boom.Explode' threw System.FormatException: bad switch value", run.StandardError);
    }
}
