using System.Linq;
using InitOrder.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InitOrder.Generator.Tests;

public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps = { TrackingNames.Candidates, TrackingNames.Facts, TrackingNames.Options, TrackingNames.Plan };

    private static CSharpCompilation Compilation() => GeneratorHarness.Compile(new[]
    {
        ("/pkg/InitOrder.Bootstrap.cs", GeneratorHarness.BootstrapSource),
        ("/src/Patches.cs", "namespace N; static class P { [InitOrder.InitPatch(typeof(object), Assemblies = new[] { \"System.Runtime\" })] internal static void M() { } }"),
        ("/src/Other.cs", "namespace N; static class Other { static int X => 1; }"),
    });

    [Fact]
    public void Second_run_on_the_same_compilation_caches_every_step()
    {
        var compilation = Compilation();
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        AssertAllCached(driver);
    }

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = Compilation();
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);
        var other = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/Other.cs");
        var edited = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace N; static class Other { static int X => 2; static int Y => 3; }", (CSharpParseOptions)other.Options, other.FilePath));

        driver = driver.RunGenerators(edited);

        AssertAllCached(driver);
    }

    [Theory]
    [InlineData("/src/Other.cs", "namespace N; static class Other { static int X => 2; static int Y => 3; }")]
    [InlineData("/src/Patches.cs", "namespace N; static class P { [InitOrder.InitPatch(typeof(object), Assemblies = new[] { \"System.Runtime\" })] internal static void M() { } static int Z() => 4; }")]
    public void Edit_that_leaves_the_patches_alone_reruns_nothing_after_the_attribute_transform(string path, string editedText)
    {
        var compilation = Compilation();
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(editedText, (CSharpParseOptions)tree.Options, tree.FilePath));

        driver = driver.RunGenerators(edited);

        // The transform runs again for a patch in a new compilation (Roslyn binds each match again) and finds it unchanged;
        // from there on nothing runs: the plan and the output are taken from the cache.
        var result = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(result, TrackingNames.Candidates), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Candidates was " + o.Reason));
        Assert.All(Outputs(result, TrackingNames.Plan), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.NotEmpty(Outputs(result, TrackingNames.Plan));
    }

    [Fact]
    public void Editing_a_patch_attribute_changes_the_plan()
    {
        var compilation = Compilation();
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);
        var patches = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/Patches.cs");
        var edited = compilation.ReplaceSyntaxTree(patches, CSharpSyntaxTree.ParseText("namespace N; static class P { [InitOrder.InitPatch(typeof(string))] internal static void M() { } }", (CSharpParseOptions)patches.Options, patches.FilePath));

        driver = driver.RunGenerators(edited);

        var plan = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Plan];
        Assert.Contains(plan.SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    private static (object Value, IncrementalStepRunReason Reason)[] Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();

    private static void AssertAllCached(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step not tracked: " + name);
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name} was {output.Reason}");
            }
        }

        foreach (var output in result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs))
        {
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output was " + output.Reason);
        }
    }
}
