using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reachability;

/// <summary>Framework code calls back overrides (ToString, Dispose, MoveNext) of objects that exist, and only those.</summary>
public sealed class CallbackRuleTests
{
    [Fact]
    public void ToString_of_a_live_object_handed_to_the_framework_is_reached_from_where_it_was_created()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Orders.Make());", """
            internal sealed class Order { public override string ToString() { Target.Touch(); return "order"; } }
            internal static class Orders { internal static object Make() => new Order(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Orders.Make()", "Order.ToString()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Equal("hands an instance to code that may call", violation.Chain[1].Relation);
        // No IL calls ToString there: the message draws the double arrow and names the object the framework calls back.
        Assert.Matches(@"Orders\.Make\(\) \(Early\.cs:\d+\) \u21D2 Order\.ToString\(\) \(Early\.cs:\d+\) \[framework callback on Order created in Orders\.Make\(\) \(Early\.cs:\d+\)\]", violation.Message);
    }

    [Fact]
    public void Type_that_is_only_mentioned_is_not_called_back()
    {
        // typeof and a generic argument name Invoice, but no Invoice exists for the framework to format.
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Invoice).Name + new List<Invoice>().Count);", """
            internal sealed class Invoice { public override string ToString() { Target.Touch(); return "invoice"; } }
            """));
    }
}
