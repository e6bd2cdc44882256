using System.Threading.Tasks;
using InitOrder.Tests.Direct;
using InitOrder.Tests.Shared;
using Microsoft.CodeAnalysis.Testing;

namespace InitOrder.CodeFixes.Tests;

/// <summary>Both direct diagnostics: the fix adds [AcceptViolation] with an empty justification for the reviewer to write.</summary>
public sealed class AcceptViolationCodeFixTests
{
    [Fact]
    public Task INIT102_is_accepted_on_the_earlier_patch_with_the_target_and_an_empty_justification_that_INIT006_then_asks_for()
    {
        var test = new DirectViolationTest<AcceptViolationCodeFix>
        {
            TestCode = """
                namespace App;
                public static class Clock { public static string Source = "system"; }
                public static class Timer { public static int Resolution; }
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(Timer), Order = 1)]
                    internal static void Tune() => Timer.Resolution = {|INIT102:Clock.Source|}.Length;

                    [InitOrder.InitPatch(typeof(Clock), Order = 2)] internal static void UseFake() => Clock.Source = "fake";
                }
                """,
            FixedCode = """
                namespace App;
                public static class Clock { public static string Source = "system"; }
                public static class Timer { public static int Resolution; }
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(Timer), Order = 1)]
                    [InitOrder.AcceptViolation("INIT102", Target = typeof(Clock), Justification = "")]
                    internal static void Tune() => Timer.Resolution = {|INIT102:Clock.Source|}.Length;

                    [InitOrder.InitPatch(typeof(Clock), Order = 2)] internal static void UseFake() => Clock.Source = "fake";
                }
                """,
        };
        // An empty justification accepts nothing (as in the verifier), so the diagnostic stays until the reviewer writes
        // one; the fix is not offered again on a method that already has it.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task INIT106_through_a_helper_is_accepted_on_the_patch()
    {
        var test = new DirectViolationTest<AcceptViolationCodeFix>
        {
            TestCode = DirectViolationSamples.LevelBefore,
            FixedCode = DirectViolationSamples.LevelAfter.Replace("LevelSettings.Set(3);", "{|INIT106:LevelSettings.Set(3)|};"),
            NumberOfFixAllIterations = 1,
        };
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task The_attribute_is_written_as_the_method_InitPatch_is()
    {
        var test = new DirectViolationTest<AcceptViolationCodeFix>
        {
            TestCode = """
                using InitOrder;

                namespace App;

                public static class Clock
                {
                    public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
                    public static readonly System.DateTime Boot = Now();
                }

                internal static class TestClock
                {
                    [InitPatch(typeof(Clock))]
                    internal static void Freeze() => {|INIT106:Clock.Now|} = () => new System.DateTime(2000, 1, 1);
                }
                """,
            FixedCode = """
                using InitOrder;

                namespace App;

                public static class Clock
                {
                    public static System.Func<System.DateTime> Now = () => System.DateTime.UtcNow;
                    public static readonly System.DateTime Boot = Now();
                }

                internal static class TestClock
                {
                    [InitPatch(typeof(Clock))]
                    [AcceptViolation("INIT106", Target = typeof(Clock), Justification = "")]
                    internal static void Freeze() => {|INIT106:Clock.Now|} = () => new System.DateTime(2000, 1, 1);
                }
                """,
            NumberOfFixAllIterations = 1,
        };
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
