using System.Threading.Tasks;
using InitOrder.Tests.Direct;
using InitOrder.Tests.Shared;
using Microsoft.CodeAnalysis.Testing;

namespace InitOrder.CodeFixes.Tests;

/// <summary>INIT102, direct: the fix changes Order so that the touched target's patch runs first.</summary>
public sealed class RunTargetPatchFirstCodeFixTests
{
    private const string Types = """
        namespace App;
        public static class Clock { public static string Source = "system"; }
        public static class Timer { public static int Resolution; }
        public static class Log { public static int Level; }

        """;

    [Fact]
    public Task The_earlier_patch_moves_after_the_target_patch()
        => Verify(DirectViolationSamples.TuningBefore, DirectViolationSamples.TuningAfter);

    [Fact]
    public Task A_patch_without_Order_gets_one_and_ties_go_by_name()
    {
        return Verify(
            Types + """
            internal static class A { [InitOrder.InitPatch(typeof(Timer))] internal static void Tune() => Timer.Resolution = {|INIT102:Clock.Source|}.Length; }
            internal static class B { [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "fake"; }
            """,
            Types + """
            internal static class A { [InitOrder.InitPatch(typeof(Timer), Order = 1)] internal static void Tune() => Timer.Resolution = Clock.Source.Length; }
            internal static class B { [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "fake"; }
            """);
    }

    [Fact]
    public Task Fix_all_orders_every_pair_and_keeps_the_other_patches_relative_order()
    {
        // Run order before: Tune (-1), Other (0), UseFake (0), Quiet (4), SetLevel (5). Tune reads Clock and Log, whose patches
        // run later: it moves behind SetLevel, and with Order 5 it sorts after it by name ("App.P.SetLevel" < "App.P.Tune").
        var test = new DirectViolationTest<RunTargetPatchFirstCodeFix>
        {
            TestCode = Types + """
                internal static class P
                {
                    [InitOrder.InitPatch(typeof(Timer), Order = -1)] internal static void Tune() => Timer.Resolution = {|INIT102:Clock.Source|}.Length + {|INIT102:Log.Level|};
                    [InitOrder.InitPatch(Assemblies = new[] { "App" })] internal static void Other() { }
                    [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "fake";
                    [InitOrder.InitPatch(Assemblies = new[] { "App" }, Order = 4)] internal static void Quiet() { }
                    [InitOrder.InitPatch(typeof(Log), Order = 5)] internal static void SetLevel() => Log.Level = 2;
                }
                """,
            FixedCode = Types + """
                internal static class P
                {
                    [InitOrder.InitPatch(typeof(Timer), Order = 5)] internal static void Tune() => Timer.Resolution = Clock.Source.Length + Log.Level;
                    [InitOrder.InitPatch(Assemblies = new[] { "App" })] internal static void Other() { }
                    [InitOrder.InitPatch(typeof(Clock))] internal static void UseFake() => Clock.Source = "fake";
                    [InitOrder.InitPatch(Assemblies = new[] { "App" }, Order = 4)] internal static void Quiet() { }
                    [InitOrder.InitPatch(typeof(Log), Order = 5)] internal static void SetLevel() => Log.Level = 2;
                }
                """,
            NumberOfFixAllIterations = 1,
        };
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        return test.RunAsync();
    }

    private static Task Verify(string source, string fixedSource)
        => new DirectViolationTest<RunTargetPatchFirstCodeFix> { TestCode = source, FixedCode = fixedSource }.RunAsync();
}
