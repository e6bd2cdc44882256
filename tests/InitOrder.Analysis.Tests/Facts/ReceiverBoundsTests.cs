using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// A virtual or interface call on a receiver the method's body shows to be of one class runs only what an object of that
/// class, or of a class below it, can run; anything else keeps every live implementation.
/// </summary>
public sealed class ReceiverBoundsTests
{
    // Both shapes exist before the patch; only Circle's Area touches the target. Circle implements Describe itself,
    // so a call of IShape.Describe has two implementations to choose from.
    private const string Shapes = """
        internal interface IShape { int Area(); int Describe() { Target.Touch(); return 1; } }
        internal abstract class Shape : IShape { public abstract int Area(); }
        internal sealed class Circle : Shape, IShape { public override int Area() { Target.Touch(); return 3; } public int Describe() => 2; }
        internal class Square : Shape { public override int Area() => 4; }
        internal sealed class BigSquare : Square { public override int Area() { Target.Touch(); return 16; } }
        internal static class Keep { internal static object? Circle = new Circle(); internal static Shape Pick() => new Square(); }
        """;

    [Fact]
    public void Call_on_an_object_known_to_be_of_one_class_runs_only_what_that_class_runs()
    {
        // A local only ever given a Square, Activator's object behind an interface cast, a delegate to its override.
        ResultAssert.Clean(EarlyInitializerScenario.Verify("""
            GC.KeepAlive(Keep.Circle);
            Shape square = new Square();
            Console.WriteLine(square.Area());
            Console.WriteLine(((IShape)Activator.CreateInstance(typeof(Square))!).Area());
            Func<int> area = new Square().Area;
            Console.WriteLine(area());
            """, Shapes));
    }

    [Fact]
    public void Call_on_an_object_of_unknown_class_runs_every_live_override()
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(Keep.Circle); Console.WriteLine(Keep.Pick().Area());", Shapes);

        Assert.Equal("Circle.Area()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Call_on_a_class_runs_the_overrides_of_the_classes_below_it()
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(new BigSquare()); Square square = Make.Square(); Console.WriteLine(square.Area());", Shapes + """
            internal static class Make { internal static Square Square() => new Square(); }
            """);

        Assert.Equal("BigSquare.Area()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Interface_call_on_a_class_that_does_not_implement_the_member_runs_the_default_method()
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(Keep.Circle); Console.WriteLine(((IShape)new Square()).Describe());", Shapes);

        Assert.Equal("IShape.Describe()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Interface_call_runs_a_default_method_of_an_interface_only_a_class_below_implements()
    {
        // Square does not implement IFancy; a FancySquare, which is a Square, runs IFancy's override of Describe.
        var result = EarlyInitializerScenario.Verify(
            "GC.KeepAlive(Keep.Circle); GC.KeepAlive(new FancySquare()); Square square = Make.Square(); Console.WriteLine(((IShape)square).Describe());",
            Shapes.Replace("int Describe() { Target.Touch(); return 1; }", "int Describe() => 1;") + """
            internal interface IFancy : IShape { int IShape.Describe() { Target.Touch(); return 5; } }
            internal sealed class FancySquare : Square, IFancy { }
            internal static class Make { internal static Square Square() => new FancySquare(); }
            """);

        Assert.StartsWith("IFancy.", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }

    [Fact]
    public void Second_call_of_the_same_method_keeps_its_own_receiver()
    {
        // Fuzz seed 14, case 56 (a miss): the first IShape.Area() call's receiver is a boxed struct, the second's (the same
        // token, which the scan used to skip as a repeat) is Lazy's value, which may be a Circle.
        var result = EarlyInitializerScenario.Verify("""
            object boxed = new Plain();
            int area = ((IShape)boxed).Area();
            area += new Lazy<IShape>(() => new Circle()).Value.Area();
            Console.WriteLine(area);
            """, Shapes + "internal struct Plain : IShape { public int Area() => 1; }");

        Assert.Equal("Circle.Area()", ResultAssert.Chain(ResultAssert.ReachesTarget(result))[^2]);
    }
}
