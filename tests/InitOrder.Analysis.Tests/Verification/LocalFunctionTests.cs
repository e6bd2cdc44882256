using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>Local functions are ordinary methods of the enclosing type (a capturing one takes its closure by reference).</summary>
public sealed class LocalFunctionTests
{
    [Fact]
    public void Static_local_function_is_reached()
    {
        var violation = ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Read(); static void Read() => Target.Touch();"));

        Assert.StartsWith("Early.<Init>g__Read", ResultAssert.Chain(violation)[1]);
    }

    [Fact]
    public void Capturing_local_function_is_reached()
    {
        var violation = ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("int offset = 1; Console.WriteLine(Shifted()); int Shifted() => Target.Value + offset;"));

        Assert.StartsWith("Early.<Init>g__Shifted", ResultAssert.Chain(violation)[1]);
    }

    [Fact]
    public void Local_function_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Read(); static void Read() => Unrelated.Touch();"));
    }
}
