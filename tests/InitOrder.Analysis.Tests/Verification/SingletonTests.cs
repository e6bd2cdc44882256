using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>A static readonly singleton is built by its type's static constructor on first use of Instance.</summary>
public sealed class SingletonTests
{
    private const string Clock = """
        internal sealed class Clock
        {
            public static readonly Clock Instance = new();
            private Clock() { TOUCH; }
            public int Offset => 0;
        }
        """;

    [Fact]
    public void Singleton_constructor_runs_through_the_static_constructor()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Clock.Instance.Offset);", Clock.Replace("TOUCH", "Target.Touch()"));

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Clock..cctor", "Clock..ctor()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Singleton_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Clock.Instance.Offset);", Clock.Replace("TOUCH", "Unrelated.Touch()")));
    }
}
