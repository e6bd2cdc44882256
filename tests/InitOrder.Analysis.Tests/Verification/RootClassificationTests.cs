using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>INIT101 (module initializers ahead of InitOrder's) versus INIT102 (InitOrder's own sequence).</summary>
public sealed class RootClassificationTests
{
    private const string Types = """
        namespace Sample
        {
            public static class Alpha { public static int Value; }
            public static class Beta { public static int Value; }
        }
        """;

    [Fact]
    public void Earlier_patch_touching_a_later_patch_target_is_INIT102()
    {
        var result = Compile("""
            [InitOrder.InitPatch(typeof(Alpha), Order = 1)]
            internal static void First() => Beta.Value = 1;

            [InitOrder.InitPatch(typeof(Beta), Order = 2)]
            internal static void Second() { }
            """).Verify();

        var violation = ResultAssert.ReachesTarget(result, "INIT102", "Sample.Patches.Second", "Sample.Beta");
        Assert.Equal("Sample.Patches.First()", violation.Root);
        Assert.Contains("but 'Patches.First()' runs before it", violation.Message);
        Assert.Equal(new[] { "Patches.First()", "Beta.Value" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Later_patch_touching_an_earlier_patch_target_is_fine()
    {
        var result = Compile("""
            [InitOrder.InitPatch(typeof(Alpha), Order = 1)]
            internal static void First() { }

            [InitOrder.InitPatch(typeof(Beta), Order = 2)]
            internal static void Second() => Alpha.Value = 1;
            """).Verify();

        Assert.Empty(result.Violations);
        Assert.Equal(new[] { "Sample.Patches.First()" }, result.Patches[1].RunsBefore);
    }

    [Fact]
    public void Patch_touching_its_own_target_is_fine()
    {
        var result = Compile("""
            [InitOrder.InitPatch(typeof(Alpha))]
            internal static void PatchAlpha() => Alpha.Value = 42;
            """).Verify();

        Assert.Empty(result.Violations);
        Assert.Single(result.Patches);
    }

    [Fact]
    public void Static_constructor_of_the_patch_class_is_INIT102()
    {
        var result = Compile("""
            private static readonly int s_seed = Alpha.Value;

            [InitOrder.InitPatch(typeof(Alpha))]
            internal static void PatchAlpha() => Alpha.Value = s_seed;
            """).Verify();

        var violation = ResultAssert.ReachesTarget(result, "INIT102", "Sample.Patches.PatchAlpha", "Sample.Alpha");
        Assert.Equal(new[] { "Patches..cctor", "Alpha.Value" }, ResultAssert.Chain(violation));
        Assert.Contains("class without static state", violation.Message);
    }

    [Fact]
    public void User_initializers_run_before_the_fallback_initializer_without_the_bootstrap()
    {
        var app = TestAssemblyBuilder.Create("App")
            .Source("Types.cs", Types)
            .Source("Patches.cs", PatchesSource("[InitOrder.InitPatch(typeof(Alpha))] internal static void PatchAlpha() { }"))
            .Source("Late.cs", """
                namespace Sample
                {
                    internal static class Late
                    {
                        [System.Runtime.CompilerServices.ModuleInitializer]
                        internal static void Init() => Alpha.Value = 1;
                    }
                }
                """)
            .Emit();

        var result = app.Verify();

        Assert.Equal("InitOrder.Generated.InitOrderModuleInitializer.Initialize()", result.Initializers[^1].Method);
        ResultAssert.ReachesTarget(result, "INIT101", "Sample.Patches.PatchAlpha", "Sample.Alpha");
    }

    [Fact]
    public void Initializer_after_the_bootstrap_is_not_a_root()
    {
        var app = TestAssemblyBuilder.Create("App")
            .Bootstrap()
            .Source("Types.cs", Types)
            .Source("Patches.cs", PatchesSource("[InitOrder.InitPatch(typeof(Alpha))] internal static void PatchAlpha() { }"))
            .Source("Late.cs", """
                namespace Sample
                {
                    internal static class Late
                    {
                        [System.Runtime.CompilerServices.ModuleInitializer]
                        internal static void Init() => Alpha.Value = 1;
                    }
                }
                """)
            .Emit();

        var result = app.Verify();

        Assert.Empty(result.Violations);
        Assert.True(result.Initializers[0].IsInitOrder);
        Assert.Equal("Sample.Late.Init()", result.Initializers[1].Method);
    }

    private static CompiledAssembly Compile(string patchMembers) =>
        TestAssemblyBuilder.Create("App").Bootstrap().Source("Types.cs", Types).Source("Patches.cs", PatchesSource(patchMembers)).Emit();

    private static string PatchesSource(string members) => $$"""
        namespace Sample
        {
            internal static class Patches
            {
                {{members}}
            }
        }
        """;
}
