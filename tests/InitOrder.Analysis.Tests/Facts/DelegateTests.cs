using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>ldftn makes the delegate's method reachable, including lambdas the compiler caches in &lt;&gt;c.</summary>
public sealed class DelegateTests
{
    [Fact]
    public void Lambda_cached_in_the_closure_class_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("Action touch = () => Target.Touch(); touch();");

        var violation = ResultAssert.ReachesTarget(result);
        var chain = ResultAssert.Chain(violation);
        Assert.Equal(3, chain.Length);
        Assert.StartsWith("Early+<>c.<Init>b__", chain[1]);
        Assert.Equal("Target.Touch()", chain[2]);
    }

    [Fact]
    public void Lambda_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Action touch = () => Unrelated.Touch(); touch();"));
    }

    [Fact]
    public void Method_group_converted_to_a_delegate_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("Func<int> compute = Helper.Compute; Console.WriteLine(compute());", """
            internal static class Helper { internal static int Compute() { Target.Touch(); return 1; } }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Helper.Compute()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Lazy_factory_lambda_is_reached()
    {
        var result = EarlyInitializerScenario.Verify("var lazy = new Lazy<int>(() => Target.Value); Console.WriteLine(lazy.Value);");

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal("Target.Value", violation.Chain.Last().DisplayName);
        Assert.Contains(violation.Chain, s => s.DisplayName.Contains("b__", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Lazy_factory_of_an_unrelated_value_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("var lazy = new Lazy<int>(() => Unrelated.Value); Console.WriteLine(lazy.Value);"));
    }
}
