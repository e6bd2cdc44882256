using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>Initializer and patch order come from the IL the compiler and generator produced.</summary>
public sealed class PatchDiscoveryTests
{
    [Fact]
    public void Patches_are_read_in_run_order_with_their_attribute_values()
    {
        var app = TestAssemblyBuilder.Create("App").Bootstrap().Source("Patches.cs", """
            namespace Sample
            {
                public static class A { }
                public static class B<T> { public sealed class Inner { } }
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(A), Order = 3)] internal static void Third() { }
                    [InitOrder.InitPatch(typeof(B<>), typeof(B<int>.Inner), Order = 1, Assemblies = new[] { "Npgsql" })] internal static void First() { }
                    [InitOrder.InitPatch(typeof(string), Order = 2)] internal static void Second() { }
                }
            }
            """).Emit();

        var result = app.Verify();

        Assert.Equal(new[] { "Sample.Patches.First", "Sample.Patches.Second", "Sample.Patches.Third" }, result.Patches.Select(p => p.Method));
        Assert.Equal(new[] { 1, 2, 3 }, result.Patches.Select(p => p.Order));
        Assert.Equal(new[] { "Sample.B`1", "Sample.B`1+Inner" }, result.Patches[0].Targets);
        Assert.Equal(new[] { "Npgsql" }, result.Patches[0].Assemblies);
        Assert.Equal(new[] { "System.String" }, result.Patches[1].Targets);
        Assert.Equal(new[] { "Sample.Patches.First()", "Sample.Patches.Second()" }, result.Patches[2].RunsBefore);
    }

    [Fact]
    public void Generic_target_is_hit_by_any_instantiation()
    {
        var app = TestAssemblyBuilder.Create("App")
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Cache<string>.Value = null;", ""))
            .Bootstrap()
            .Source("Patches.cs", """
                namespace Sample
                {
                    public static class Cache<T> { public static T Value; }
                    internal static class Patches
                    {
                        [InitOrder.InitPatch(typeof(Cache<>))] internal static void PatchCache() { }
                    }
                }
                """).Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT101", "Sample.Patches.PatchCache", "Sample.Cache`1");

        Assert.Equal(new[] { "Early.Init()", "Cache.Value" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Initializers_are_listed_in_module_constructor_order()
    {
        var app = TestAssemblyBuilder.Create("App")
            .Source("B.cs", Initializer("B"))
            .Bootstrap()
            .Source("A.cs", Initializer("A"))
            .Source("Patches.cs", "namespace Sample { internal static class Patches { [InitOrder.InitPatch(typeof(string))] internal static void P() { } } }")
            .Emit();

        var result = app.Verify();

        Assert.Equal(new[] { "Sample.B.Init()", "InitOrder.Generated.InitOrderBootstrap.Initialize()", "Sample.A.Init()" }, result.Initializers.Select(i => i.Method));
        Assert.Equal(new[] { false, true, false }, result.Initializers.Select(i => i.IsInitOrder));
    }

    [Fact]
    public void Patches_without_InitOrder_initializer_are_INIT103()
    {
        var app = TestAssemblyBuilder.Create("App").WithoutGenerator().Source("Patches.cs", """
            namespace InitOrder
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                internal sealed class InitPatchAttribute : System.Attribute
                {
                    public InitPatchAttribute(params System.Type[] targets) { }
                    public int Order { get; set; }
                }
            }
            namespace Sample
            {
                internal static class Patches { [InitOrder.InitPatch(typeof(string))] internal static void P() { } }
            }
            """).Emit();

        var result = app.Verify();

        var problem = Assert.Single(result.Problems, p => p.Severity != ProblemSeverity.Message);
        Assert.Equal("INIT103", problem.Code);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(app.Path, problem.File);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Assembly_without_patches_verifies_cleanly()
    {
        var app = TestAssemblyBuilder.Create("App").Source("Early.cs", EarlyInitializerScenario.EarlySource("Console.WriteLine();", "")).Emit();

        var result = app.Verify();

        Assert.Empty(result.Patches);
        Assert.Empty(result.Violations);
        Assert.False(result.HasErrors);
        Assert.Equal("App", result.AssemblyName);
    }

    private static string Initializer(string name) =>
        "namespace Sample { internal static class " + name + " { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { } } }";
}
