using System.IO;
using System.Linq;
using System.Text;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>What a violation says: message text, chain locations, shortest chain, one report per target.</summary>
public sealed class ViolationChainTests
{
    [Fact]
    public void Message_names_the_patch_the_root_and_the_chain_with_lines()
    {
        var result = CompileTelemetrySample().Verify();

        var violation = ResultAssert.ReachesTarget(result, "INIT101", "Sample.Patches.UseFakeIdentity", "Sample.ThreadIdentity");
        Assert.Equal(
            "Patch 'Sample.Patches.UseFakeIdentity' targets 'Sample.ThreadIdentity', but 'Telemetry.Init()' runs before it and reaches it: " +
            "Telemetry.Init() (Telemetry.cs:9) \u2192 ThreadRegistry..cctor (ThreadRegistry.cs:5) \u2192 ThreadIdentity.get_Current(). " +
            "Move that work out of the module initializer (or after the patch), make it an [InitPatch] with a higher Order, or stop it from touching the target.",
            violation.Message);
    }

    [Fact]
    public void Chain_steps_carry_full_names_files_lines_and_columns()
    {
        var app = CompileTelemetrySample();

        var violation = Assert.Single(app.Verify().Violations);

        Assert.Equal(new[] { "Sample.Telemetry.Init()", "Sample.ThreadRegistry..cctor", "Sample.ThreadIdentity.get_Current()" }, violation.Chain.Select(s => s.Method));
        var first = violation.Chain[0].Location!;
        Assert.Equal(Path.Combine(app.ProjectDirectory, "Telemetry.cs"), first.FilePath);
        Assert.Equal("Telemetry.cs", first.DisplayPath);
        Assert.Equal((9, 9), (first.Line, first.Column));
        var second = violation.Chain[1].Location!;
        Assert.Equal((5, 5), (second.Line, second.Column));
        Assert.Null(violation.Chain[2].Location);
        Assert.Same(first, violation.Location);
        Assert.Equal("Sample.Telemetry.Init()", violation.Root);
    }

    [Fact]
    public void Source_root_mapping_turns_deterministic_paths_back_into_local_ones()
    {
        var app = TelemetryBuilder().MapSourcePaths("/_/src/").Emit();
        string local = app.ProjectDirectory + Path.DirectorySeparatorChar;

        var violation = Assert.Single(app.Verify(new[] { new SourceRootMapping(local, "/_/") }).Violations);

        Assert.Equal(Path.Combine(app.ProjectDirectory, "src", "Telemetry.cs"), violation.Location!.FilePath);
        Assert.Equal("src/Telemetry.cs", violation.Location.DisplayPath);
    }

    [Fact]
    public void Shortest_chain_is_reported()
    {
        var violation = ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Long.A(); Short.Direct();", """
            internal static class Long
            {
                internal static void A() => B();
                private static void B() => C();
                private static void C() => Target.Touch();
            }
            internal static class Short { internal static void Direct() => Target.Touch(); }
            """));

        Assert.Equal(new[] { "Early.Init()", "Short.Direct()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void One_violation_per_root_patch_and_target_however_many_paths_exist()
    {
        var result = EarlyInitializerScenario.Verify("Target.Touch(); Target.Value = 2; Helper.Again(); Helper.Again();", """
            internal static class Helper { internal static void Again() => Target.Touch(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Each_earlier_patch_that_reaches_a_target_is_named_with_its_own_shortest_chain_and_one_that_does_not_is_not()
    {
        // The roots are explained inside the cone of methods that lead to the target: Wide's reach (which shares
        // Helper.Log with the others) must neither be named nor change the others' chains.
        var result = TestAssemblyBuilder.Create("App")
            .Source("Patches.cs", """
                namespace Sample
                {
                    public static class Target { public static int Value; }
                    internal static class Helper
                    {
                        internal static void Log(string text) => System.Console.WriteLine(text);
                        internal static void Touch() { Log("touch"); Target.Value++; }
                        internal static void Indirect() { Log("indirect"); Touch(); }
                    }

                    internal static class Patches
                    {
                        [InitOrder.InitPatch(typeof(System.Console), Order = 1)]
                        internal static void Near() => Helper.Touch();

                        [InitOrder.InitPatch(typeof(System.Text.StringBuilder), Order = 2)]
                        internal static void Wide() { Helper.Log(new System.Text.StringBuilder("a").Append(1).ToString()); System.Console.WriteLine(System.DateTime.Now); }

                        [InitOrder.InitPatch(typeof(System.Random), Order = 3)]
                        internal static void Far() => Helper.Indirect();

                        [InitOrder.InitPatch(typeof(Target), Order = 10)]
                        internal static void Configure() { }
                    }
                }
                """)
            .Emit()
            .Verify();

        var violations = result.Violations.Where(v => v.PatchedType == "Sample.Target").ToList();
        Assert.Equal(2, violations.Count);
        Assert.Equal(new[] { "Patches.Near()", "Helper.Touch()", "Target.Value" }, ResultAssert.Chain(violations[0]));
        Assert.Equal(new[] { "Patches.Far()", "Helper.Indirect()", "Helper.Touch()", "Target.Value" }, ResultAssert.Chain(violations[1]));
        Assert.DoesNotContain(result.Violations, v => v.Message.Contains("Patches.Wide()"));
    }

    [Fact]
    public void Each_target_of_a_patch_is_reported_separately()
    {
        var app = TestAssemblyBuilder.Create("App")
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Target.Touch(); Unrelated.Touch();", ""))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types.Replace("[InitOrder.InitPatch(typeof(Target))]", "[InitOrder.InitPatch(typeof(Target), typeof(Unrelated))]"))
            .Emit();

        var result = app.Verify();

        Assert.Equal(new[] { "Sample.Target", "Sample.Unrelated" }, result.Violations.Select(v => v.PatchedType));
    }

    [Fact]
    public void Assembly_target_is_hit_by_any_member_of_that_assembly()
    {
        var library = TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", "namespace Lib { public static class Api { public static void Hello() { } } }").Emit();
        var app = TestAssemblyBuilder.Create("App").Reference(library)
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Lib.Api.Hello();", ""))
            .Bootstrap()
            .Source("Patches.cs", """
                namespace Sample
                {
                    internal static class Patches
                    {
                        [InitOrder.InitPatch(Assemblies = new[] { "Lib" })]
                        internal static void PatchLib() { }
                    }
                }
                """)
            .Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT101", "Sample.Patches.PatchLib", "Lib");

        Assert.Equal(new[] { "Early.Init()", "Api.Hello()" }, ResultAssert.Chain(violation));
        Assert.Contains("targets assembly 'Lib'", violation.Message);
    }

    [Fact]
    public void Deep_call_chains_do_not_overflow_the_stack()
    {
        const int depth = 3000;
        var methods = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            methods.Append("internal static void M").Append(i).Append("() => ").Append(i + 1 < depth ? "M" + (i + 1) + "();" : "Target.Touch();").Append('\n');
        }

        var violation = ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Deep.M0();", "internal static class Deep {\n" + methods + "}"));

        Assert.Equal(depth + 2, violation.Chain.Count);
    }

    private static CompiledAssembly CompileTelemetrySample() => TelemetryBuilder().Emit();

    private static TestAssemblyBuilder TelemetryBuilder() => TelemetrySample.Builder("Sample");
}
