using System.Linq;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

public sealed class GeneratedSourceTests
{
    private const string TwoPatches = """
        namespace Sample;
        public static class Registry { public static int Value; }
        internal static class Patches
        {
            [InitOrder.InitPatch(typeof(Registry))]
            internal static void Second() { }

            [InitOrder.InitPatch(typeof(Registry), Order = -1)]
            public static void First() { }
        }
        """;

    [Fact]
    public void Output_compiles_without_warnings_and_calls_each_patch_through_its_own_stub()
    {
        var run = GeneratorHarness.Run(TwoPatches);

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.InitOrderDiagnostics);
        var patches = run.Source(InitPatchesEmitter.HintName);
        Assert.Contains("Patch0();", patches);
        Assert.Contains("Patch1();", patches);
        Assert.Contains("global::Sample.Patches.First();", patches);
        Assert.True(patches.IndexOf("global::Sample.Patches.First();") < patches.IndexOf("global::Sample.Patches.Second();"));
        Assert.Equal(2, patches.Split("MethodImplOptions.NoInlining").Length - 1);
    }

    [Fact]
    public void With_the_bootstrap_the_initializer_implements_its_partial_method()
    {
        var run = GeneratorHarness.Run(TwoPatches, withBootstrap: true);

        var initializer = run.Source(InitializerEmitter.HintName);
        Assert.Contains("internal static partial void Initialize()", initializer);
        Assert.DoesNotContain(InitializerEmitter.StandaloneTypeName, initializer);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Without_the_bootstrap_a_standalone_initializer_still_applies_the_patches()
    {
        var run = GeneratorHarness.Run(TwoPatches, withBootstrap: false);

        var initializer = run.Source(InitializerEmitter.HintName);
        Assert.Contains(InitializerEmitter.StandaloneTypeName, initializer);
        Assert.Contains("global::InitOrder.InitPatches.ApplyAll();", initializer);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Attribute_is_always_added_and_marked_embedded()
    {
        var run = GeneratorHarness.Run("class Empty { }");

        var attribute = run.Source(AttributeSource.HintName);
        Assert.Contains("[global::Microsoft.CodeAnalysis.Embedded]", attribute);
        Assert.Contains("internal sealed class InitPatchAttribute", attribute);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Disabled_keeps_the_attribute_and_an_empty_InitPatches_but_no_initializer()
    {
        var run = GeneratorHarness.Run(
            TwoPatches + "\nclass UsesApplied { int Count => InitOrder.InitPatches.Applied.Count; }",
            withBootstrap: false,
            properties: new System.Collections.Generic.Dictionary<string, string> { ["build_property.InitOrderEnabled"] = "false" });

        Assert.False(run.HasSource(InitializerEmitter.HintName));
        Assert.DoesNotContain("Patch0", run.Source(InitPatchesEmitter.HintName));
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Keyword_names_and_nested_types_are_escaped_and_named_with_plus()
    {
        var run = GeneratorHarness.Run("""
            namespace @event;
            public static class Outer
            {
                internal static class Inner
                {
                    [InitOrder.InitPatch(typeof(Outer))]
                    internal static void @class() { }
                }
            }
            """);

        var patches = run.Source(InitPatchesEmitter.HintName);
        Assert.Contains("global::@event.Outer.Inner.@class();", patches);
        Assert.Contains("\"event.Outer+Inner.class\"", patches);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void Generated_sources_are_identical_across_runs()
    {
        var first = GeneratorHarness.Run(TwoPatches).Result.GeneratedSources.Select(s => s.HintName + s.SourceText).ToArray();
        var second = GeneratorHarness.Run(TwoPatches).Result.GeneratedSources.Select(s => s.HintName + s.SourceText).ToArray();

        Assert.Equal(first, second);
    }
}
