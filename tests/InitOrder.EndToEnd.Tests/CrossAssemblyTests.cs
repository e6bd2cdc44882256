using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>Libraries declare patches, applications apply them: before any application code, dependencies first, once.</summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class CrossAssemblyTests(PackedPackageFixture package)
{
    private static string Reference(ConsumerProject project) => $"<ProjectReference Include=\"{project.ProjectPath}\" />";

    private ConsumerProject Library(string name, string patchBody, string items = "")
        => package.CreateProject(name).WithProject(outputType: "Library", items: items)
            .WithFile("Lib.cs", $$"""
                namespace {{name}};
                public static class Api { public static string Applied => string.Join(",", InitOrder.InitPatches.Applied); }
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(object))]
                    internal static void Apply() { {{patchBody}} }
                }
                """);

    [Fact]
    public void Transitive_chain_applies_LibB_then_LibA_then_the_app_each_once_before_Main()
    {
        var libB = Library("LibB", "System.Console.WriteLine(\"[patch] LibB\");");
        var libA = Library("LibA", "System.Console.WriteLine(\"[patch] LibA\");", Reference(libB));
        var app = package.CreateProject("App").WithProject(items: Reference(libA))
            .WithFile("App.cs", """
                namespace App;
                internal static class Patches { [InitOrder.InitPatch(typeof(object))] internal static void Apply() => System.Console.WriteLine("[patch] App"); }
                internal static class Program
                {
                    private static void Main()
                    {
                        System.Console.WriteLine("[main] " + string.Join(",", InitOrder.InitPatches.Applied));
                        System.Console.WriteLine("[main] LibA sees " + LibA.Api.Applied);
                    }
                }
                """);

        var build = app.Build();
        BuildAssert.Succeeded(build);
        var run = app.Run();

        var lines = run.StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();
        Assert.Equal(new[]
        {
            "[patch] LibB",
            "[patch] LibA",
            "[patch] App",
            "[main] LibB.Patches.Apply,LibA.Patches.Apply,App.Patches.Apply",
            "[main] LibA sees LibB.Patches.Apply,LibA.Patches.Apply",
        }, lines);
    }

    [Fact]
    public void Library_consumed_as_a_package_is_applied_by_the_app()
    {
        var library = Library("PatchedLib", "System.Console.WriteLine(\"[patch] PatchedLib\");");
        var pack = package.DotNet.Build(library.Directory, "pack", library.ProjectPath, "-o", package.Feed, "-p:PackageVersion=1.0.0", $"-p:InitOrderVersion={package.Version}");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var app = package.CreateProject("App").WithProject(items: "<PackageReference Include=\"PatchedLib\" Version=\"1.0.0\" />")
            .WithFile("App.cs", "internal static class Program { private static void Main() => System.Console.WriteLine(\"[main] \" + string.Join(\",\", InitOrder.InitPatches.Applied)); }");

        var build = app.Build();
        BuildAssert.Succeeded(build);

        Assert.Equal(new[] { "[patch] PatchedLib", "[main] PatchedLib.Patches.Apply" }, app.Run().StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    }

    [Fact]
    public void Library_patches_still_apply_through_its_own_initializer_when_the_app_does_not_use_InitOrder()
    {
        var library = Library("SoloLib", "System.Console.WriteLine(\"[patch] SoloLib\");");
        var app = package.CreateProject("App").WithProject(referenceInitOrder: false, items: Reference(library))
            .WithFile("App.cs", """
                internal static class Program
                {
                    private static void Main()
                    {
                        System.Console.WriteLine("[main] start");
                        UseLibrary();
                    }

                    // Not inlined: the runtime runs SoloLib's module initializer when it compiles the first method that mentions SoloLib.
                    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
                    private static void UseLibrary() => System.Console.WriteLine("[main] " + SoloLib.Api.Applied);
                }
                """);

        var build = app.Build();
        BuildAssert.Succeeded(build);

        var lines = app.Run().StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();

        // When the library's initializer runs is up to the runtime (it ran before Main here); what matters is that it ran once.
        Assert.Single(lines, l => l == "[patch] SoloLib");
        Assert.Equal("[main] SoloLib.Patches.Apply", lines[^1]);
    }

    [Fact]
    public void Library_patch_applied_first_that_touches_a_later_library_patch_target_is_INIT102_in_its_own_source()
    {
        var libB = package.CreateProject("LibB").WithProject(outputType: "Library")
            .WithFile("Warmup.cs", "namespace LibB;\n\npublic static class Cache { public static int Size; }\n\ninternal static class Warmup\n{\n    [InitOrder.InitPatch(typeof(Cache))]\n    internal static void Fill()\n    {\n        Cache.Size = System.Text.Encoding.UTF8.GetByteCount(\"warm\");\n    }\n}\n");
        var libA = package.CreateProject("LibA").WithProject(outputType: "Library", items: Reference(libB))
            .WithFile("Encodings.cs", """
                namespace LibA;
                internal static class Encodings
                {
                    // Every Encoding lookup must see the code-page provider.
                    [InitOrder.InitPatch(typeof(System.Text.Encoding))]
                    internal static void Register() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
                }
                """);
        var app = package.CreateProject("App").WithProject(items: Reference(libA))
            .WithFile("App.cs", "internal static class Program { private static void Main() { } }");

        // The facts cache is off by default; this build turns it on (checked below).
        var build = app.Build(CacheOn);

        var error = BuildAssert.FailedWithSingle(build, "INIT102");
        Assert.Equal(System.IO.Path.Combine(libB.Directory, "Warmup.cs"), error.File);
        Assert.Equal(10, error.Line);
        Assert.Contains("Patch 'LibA.Encodings.Register' targets 'System.Text.Encoding'", error.Message);
        Assert.Contains("Warmup.Fill() (", error.Message);

        // The facts cache: LibA's verifier kept what it learnt about LibB (code it follows) in LibA's obj/. A failed build
        // verifies again; the second verification replays LibB from the cache and reports exactly the same.
        string cache = Path.GetDirectoryName(libA.IntermediateFile(Path.Combine("initorder", "LibB.facts")))!;
        Assert.True(File.Exists(Path.Combine(cache, "LibB.facts")), "no cache entry for LibB in " + cache);
        Assert.False(File.Exists(Path.Combine(cache, "LibA.facts")), "the verified assembly itself is never cached");
        string report = WithoutTime(File.ReadAllText(libA.IntermediateFile("InitOrder.report.json")));
        var again = app.Build(CacheOn);
        Assert.Equal(error, BuildAssert.FailedWithSingle(again, "INIT102"));
        Assert.Equal(report, WithoutTime(File.ReadAllText(libA.IntermediateFile("InitOrder.report.json"))));

        BuildAssert.Succeeded(package.DotNet.Build(app.Directory, "clean", new[] { app.ProjectPath, $"-p:InitOrderVersion={package.Version}" }.Concat(CacheOn).ToArray()));
        Assert.False(Directory.Exists(cache), "dotnet clean left " + cache);
    }

    /// <summary>The facts cache on; reuse of the whole verification off, so the second build replays the facts.</summary>
    private static readonly string[] CacheOn = { "-p:InitOrderCache=true", "-p:InitOrderReuse=false" };

    private static string WithoutTime(string report) => Regex.Replace(report, "\"milliseconds\": \\d+", "\"milliseconds\": 0");
}
