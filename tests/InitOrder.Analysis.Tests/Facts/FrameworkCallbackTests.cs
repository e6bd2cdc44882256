using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// Async state machines and iterators run their bodies from MoveNext, which only framework code calls:
/// handing out the state machine makes its interface implementations reachable.
/// </summary>
public sealed class FrameworkCallbackTests
{
    private const string AsyncHelper = """
        internal static class Helper
        {
            internal static async Task RunAsync()
            {
                await Task.Yield();
                TOUCH;
            }
        }
        """;

    private const string IteratorHelper = """
        internal static class Helper
        {
            internal static IEnumerable<int> Items()
            {
                TOUCH;
                yield return 1;
            }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Async_method_body_is_reached_through_the_state_machine(bool release)
    {
        var result = EarlyInitializerScenario.Verify("_ = Helper.RunAsync();", AsyncHelper.Replace("TOUCH", "Target.Touch()"), release);

        var violation = ResultAssert.ReachesTarget(result);
        var chain = ResultAssert.Chain(violation);
        Assert.Equal(new[] { "Early.Init()", "Helper.RunAsync()", "Helper+<RunAsync>d__0.MoveNext()", "Target.Touch()" }, chain);
    }

    [Fact]
    public void Async_method_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("_ = Helper.RunAsync();", AsyncHelper.Replace("TOUCH", "Unrelated.Touch()")));
    }

    [Fact]
    public void Iterator_body_is_reached_through_MoveNext()
    {
        var result = EarlyInitializerScenario.Verify("foreach (int item in Helper.Items()) { Console.WriteLine(item); }", IteratorHelper.Replace("TOUCH", "Target.Touch()"));

        var violation = ResultAssert.ReachesTarget(result);
        var chain = ResultAssert.Chain(violation);
        Assert.Equal("Helper+<Items>d__0.MoveNext()", chain[^2]);
        Assert.Equal("Target.Touch()", chain[^1]);
    }

    [Fact]
    public void Iterator_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("foreach (int item in Helper.Items()) { Console.WriteLine(item); }", IteratorHelper.Replace("TOUCH", "Unrelated.Touch()")));
    }

    [Fact]
    public void ToString_override_of_an_object_handed_to_the_framework_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(new Shown());", """
            internal sealed class Shown { public override string ToString() { Target.Touch(); return "shown"; } }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Shown.ToString()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }
}
