using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

public sealed class CallEdgeTests
{
    private const string Helpers = """
        internal static class Helper
        {
            internal static void Run() => Deeper();
            private static void Deeper() => Target.Touch();
            internal static void RunUnrelated() => Unrelated.Touch();
        }
        """;

    [Fact]
    public void Call_chain_to_the_target_is_found()
    {
        var result = EarlyInitializerScenario.Verify("Helper.Run();", Helpers);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Helper.Run()", "Helper.Deeper()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Call_chain_to_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Helper.RunUnrelated();", Helpers));
    }
}
