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
        const string Unqualified = "using InitOrder;\n\n";
        var test = new DirectViolationTest<AcceptViolationCodeFix>();
        test.TestState.Sources.Add(("/0/Clock.cs", DirectViolationSamples.ClockBefore));
        test.TestState.Sources.Add(("/0/TestClock.cs", Unqualified + DirectViolationSamples.TestClockBefore.Replace("InitOrder.InitPatch", "InitPatch")));
        test.FixedState.Sources.Add(("/0/Clock.cs", DirectViolationSamples.ClockBefore));
        test.FixedState.Sources.Add(("/0/TestClock.cs", Unqualified + DirectViolationSamples.TestClockBefore.Replace(
            "    [InitOrder.InitPatch(typeof(Clock))]\n",
            "    [InitPatch(typeof(Clock))]\n    [AcceptViolation(\"INIT106\", Target = typeof(Clock), Justification = \"\")]\n")));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }
}
