using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Guards;

/// <summary>
/// Code guarded by a static bool field of the analysed assembly that nothing sets does not run, until a method that can
/// set it is reached, reflection reaches its class's fields, or another assembly could set it.
/// </summary>
public sealed class StaticFlagGuardTests
{
    private static string Flags(string initializer = "") => """
        internal static class Flags
        {
            public static bool Verbose
        """ + initializer + """
        ;
            internal static void TurnOn() => Verbose = true;
            internal static void Toggle(ref bool flag) => flag = !flag;
        }
        internal static class Logger
        {
            internal static int Log()
            {
                int logged = 1;
                if (Flags.Verbose)
                {
                    Target.Touch();
                }

                return logged;
            }
        }
        """;

    [Fact]
    public void Block_under_a_static_flag_nothing_sets_is_not_reached()
    {
        // Flags.TurnOn could set it, but nothing calls it.
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Logger.Log());", Flags()));
    }

    [Fact]
    public void Block_is_reached_once_reached_code_sets_the_flag()
    {
        var result = EarlyInitializerScenario.Verify("Flags.TurnOn(); Console.WriteLine(Logger.Log());", Flags());

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_the_flag_starts_true()
    {
        // The initializer is a store in the static constructor, which reading the flag runs.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Logger.Log());", Flags(" = true"));

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_the_flag_is_set_through_a_reference()
    {
        var result = EarlyInitializerScenario.Verify("Flags.Toggle(ref Flags.Verbose); Console.WriteLine(Logger.Log());", Flags());

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Block_is_reached_when_reflection_can_set_the_flag()
    {
        var result = EarlyInitializerScenario.Verify(
            "typeof(Flags).GetField(\"Verbose\")!.SetValue(null, true); Console.WriteLine(Logger.Log());", Flags());

        Assert.Contains("Target.Touch()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
