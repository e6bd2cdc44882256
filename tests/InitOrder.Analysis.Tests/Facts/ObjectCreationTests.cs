using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>newobj reaches the constructor; initobj and box only name a struct.</summary>
public sealed class ObjectCreationTests
{
    [Fact]
    public void Constructor_reached_through_newobj()
    {
        var result = EarlyInitializerScenario.Verify("var holder = new Holder();", """
            internal sealed class Holder { public Holder() { Target.Touch(); } }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Holder..ctor()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Constructor_of_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("var holder = new Holder();", """
            internal sealed class Holder { public Holder() { Unrelated.Touch(); } }
            internal sealed class Loud { public Loud() { Target.Touch(); } }
            """));
    }

    [Fact]
    public void Struct_created_with_initobj_reaches_its_ToString_override()
    {
        var result = EarlyInitializerScenario.Verify("Point point = default; Console.WriteLine(point.ToString());", """
            internal struct Point
            {
                public int X;
                public override string ToString() { Target.Touch(); return "point"; }
            }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Point.ToString()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Struct_only_initialized_and_boxed_does_not_run_its_static_constructor()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Point point = default; object boxed = point; Console.WriteLine(boxed is null);", """
            internal struct Point
            {
                static Point() { Target.Touch(); }
                public int X;
            }
            """));
    }
}
