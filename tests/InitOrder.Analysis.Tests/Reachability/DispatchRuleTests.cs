using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reachability;

/// <summary>Rapid type analysis: a virtual call reaches an override only once its type can have objects.</summary>
public sealed class DispatchRuleTests
{
    [Fact]
    public void Override_of_a_type_nothing_creates_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("object report = Reports.Make(); Console.WriteLine(report.ToString());", """
            internal sealed class QuietReport { public override string ToString() => "quiet"; }
            internal sealed class Invoice { public override string ToString() { Target.Touch(); return "invoice"; } }
            internal static class Reports { internal static object Make() => new QuietReport(); }
            """));
    }

    [Fact]
    public void Type_created_in_a_static_field_elsewhere_makes_its_override_reachable_and_the_chain_says_where()
    {
        var result = EarlyInitializerScenario.Verify("Holder.Current.Run();", """
            internal abstract class Step { public abstract void Run(); }
            internal sealed class TouchingStep : Step { public override void Run() => Target.Touch(); }
            internal static class Holder { internal static readonly Step Current = new TouchingStep(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "TouchingStep.Run()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Equal("live: TouchingStep created in Holder..cctor (Early.cs:18)", violation.Chain[1].Note);
        Assert.Matches(@"\u21D2 TouchingStep\.Run\(\) \(Early\.cs:\d+\) \[live: TouchingStep created in Holder\.\.cctor \(Early\.cs:18\)\]", violation.Message);
    }

    [Fact]
    public void Call_site_seen_before_the_type_becomes_live_waits_for_it()
    {
        // Run() is scanned before Later() creates the type; the override must still be found once it is live.
        var result = EarlyInitializerScenario.Verify("Runner.Run(Later.Make());", """
            internal interface IJob { void Execute(); }
            internal sealed class TouchingJob : IJob { public void Execute() => Target.Touch(); }
            internal static class Runner { internal static void Run(IJob job) => job.Execute(); }
            internal static class Later { internal static IJob Make() => new TouchingJob(); }
            """);

        Assert.Equal(new[] { "Early.Init()", "Runner.Run()", "TouchingJob.Execute()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Boxed_struct_is_live_without_a_constructor_call()
    {
        var result = EarlyInitializerScenario.Verify("object boxed = default(Reading); Console.WriteLine(boxed.ToString());", """
            internal struct Reading { public override string ToString() { Target.Touch(); return "r"; } }
            """);

        Assert.Contains("Reading.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Type_created_only_by_a_later_patch_is_not_live_for_an_earlier_one()
    {
        var result = TestAssemblyBuilder.Create("App")
            .Source("Patches.cs", """
                namespace Sample
                {
                    public static class Alpha { public static int Value; }
                    public static class Beta { public static int Value; }
                    internal abstract class Shape { public abstract void Draw(); }
                    internal sealed class TouchingShape : Shape { public override void Draw() => Beta.Value = 1; }
                    internal static class Canvas { internal static Shape? Current; internal static void Paint() => Current?.Draw(); }

                    internal static class Patches
                    {
                        [InitOrder.InitPatch(typeof(Alpha), Order = 1)]
                        internal static void Paint() => Canvas.Paint();

                        [InitOrder.InitPatch(typeof(Beta), Order = 2)]
                        internal static void ConfigureBeta() { }

                        [InitOrder.InitPatch(typeof(Alpha), Order = 3)]
                        internal static void Create() => Canvas.Current = new TouchingShape();
                    }
                }
                """)
            .Bootstrap()
            .Emit()
            .Verify();

        // Paint runs before ConfigureBeta, but no TouchingShape exists until Create, which runs after it.
        Assert.DoesNotContain(result.Violations, v => v.Patch == "Sample.Patches.ConfigureBeta");
        Assert.Contains(result.Patches, p => p.Method == "Sample.Patches.ConfigureBeta" && p.RunsBefore.Contains("Sample.Patches.Paint()"));
    }

    [Fact]
    public void Static_virtual_member_needs_no_object()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Parsers.Parse<Code>());", """
            internal interface IParse<TSelf> where TSelf : IParse<TSelf> { static abstract int Parse(); }
            internal sealed class Code : IParse<Code> { public static int Parse() { Target.Touch(); return 1; } }
            internal static class Parsers { internal static int Parse<T>() where T : IParse<T> => T.Parse(); }
            """);

        Assert.Contains("Code.Parse()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
