using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>Properties, indexers, events, operators and conversions are calls to accessor methods.</summary>
public sealed class AccessorTests
{
    public static TheoryData<string, string, string, string> Accessors => new()
    {
        { "property", "Console.WriteLine(Holder.Prop);", "internal static class Holder { public static int Prop { get { TOUCH; return 1; } } }", "Holder.get_Prop()" },
        { "indexer", "Console.WriteLine(new Indexed()[0]);", "internal sealed class Indexed { public int this[int i] { get { TOUCH; return i; } } }", "Indexed.get_Item()" },
        { "event", "Events.Changed += () => { };", "internal static class Events { public static event Action Changed { add { TOUCH; } remove { } } }", "Events.add_Changed()" },
        { "operator", "var sum = new Money() + new Money();", "internal readonly struct Money { public static Money operator +(Money a, Money b) { TOUCH; return a; } }", "Money.op_Addition()" },
        { "conversion", "Console.WriteLine((int)new Meters());", "internal readonly struct Meters { public static explicit operator int(Meters m) { TOUCH; return 0; } }", "Meters.op_Explicit()" },
    };

    [Theory]
    [MemberData(nameof(Accessors))]
    public void Accessor_touching_the_target_is_reached(string kind, string body, string declarations, string accessor)
    {
        var result = EarlyInitializerScenario.Verify(body, declarations.Replace("TOUCH", "Target.Touch()"));

        var violation = ResultAssert.ReachesTarget(result);
        Assert.True(violation.Chain.Any(s => s.DisplayName == accessor), kind + ": " + string.Join(" -> ", ResultAssert.Chain(violation)));
        Assert.Equal("Target.Touch()", violation.Chain.Last().DisplayName);
    }

    [Theory]
    [MemberData(nameof(Accessors))]
    public void Accessor_touching_an_unrelated_type_is_not_flagged(string kind, string body, string declarations, string accessor)
    {
        Assert.NotEmpty(kind + accessor);
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body, declarations.Replace("TOUCH", "Unrelated.Touch()")));
    }
}
