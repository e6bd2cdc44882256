using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Resolution;

/// <summary>
/// A live object runs one method per slot: the most derived override in its class chain, and a default interface
/// method only when no class in the chain implements the member. Methods it replaces are not reached through it.
/// </summary>
public sealed class OverrideResolutionTests
{
    private const string Shapes = """
        internal class Shape { public virtual void Draw() => Target.Touch(); }
        internal sealed class Circle : Shape { public override void Draw() { } }
        internal sealed class Square : Shape { }
        """;

    [Fact]
    public void Base_method_that_every_live_subclass_overrides_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Shape shape = new Circle(); shape.Draw();", Shapes));
    }

    [Fact]
    public void Base_method_is_reached_through_a_live_subclass_that_inherits_it()
    {
        var result = EarlyInitializerScenario.Verify("Shape shape = new Circle(); shape.Draw(); Shape other = new Square(); other.Draw();", Shapes);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Shape.Draw()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Contains("live: Square created in Early.Init()", violation.Chain[1].Note);
    }

    [Fact]
    public void Override_of_a_newslot_method_in_between_does_not_replace_the_base_slot()
    {
        // C.Run overrides B.Run, which starts a new slot; a call through A's slot still runs A.Run on a C.
        var result = EarlyInitializerScenario.Verify("A value = new C(); value.Run();", """
            internal class A { public virtual void Run() => Target.Touch(); }
            internal class B : A { public new virtual void Run() { } }
            internal sealed class C : B { public override void Run() { } }
            """);

        Assert.Equal(new[] { "Early.Init()", "A.Run()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Theory]
    [InlineData("internal sealed class Quiet : IGreeter { public string Greet() => \"quiet\"; }")]
    [InlineData("internal sealed class Quiet : IGreeter { string IGreeter.Greet() => \"quiet\"; }")]
    [InlineData("internal class QuietBase : IGreeter { public string Greet() => \"quiet\"; } internal sealed class Quiet : QuietBase { }")]
    public void Default_interface_method_that_the_live_class_implements_is_not_reached(string quiet)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("IGreeter greeter = new Quiet(); Console.WriteLine(greeter.Greet());",
            "internal interface IGreeter { string Greet() { Target.Touch(); return \"default\"; } }\n" + quiet));
    }

    [Fact]
    public void Default_interface_method_is_reached_through_a_live_class_that_does_not_implement_it()
    {
        var result = EarlyInitializerScenario.Verify("IGreeter greeter = new Plain(); Console.WriteLine(greeter.Greet());", """
            internal interface IGreeter { string Greet() { Target.Touch(); return "default"; } }
            internal sealed class Quiet : IGreeter { public string Greet() => "quiet"; }
            internal sealed class Plain : IGreeter { }
            """);

        Assert.Equal(new[] { "Early.Init()", "IGreeter.Greet()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Framework_callback_of_a_base_class_that_the_live_type_overrides_is_not_reached()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("var report = new Invoice(); Console.WriteLine(report);", """
            internal class Report { public override string ToString() { Target.Touch(); return "report"; } }
            internal sealed class Invoice : Report { public int Total = 3; public override string ToString() => "invoice"; }
            """));
    }

    [Fact]
    public void Framework_callback_of_a_base_class_is_reached_when_the_live_type_inherits_it()
    {
        // Console.WriteLine(object) is framework code holding the invoice: it may format it, with the ToString it inherits.
        var result = EarlyInitializerScenario.Verify("var report = new Invoice(); Console.WriteLine(report);", """
            internal class Report { public override string ToString() { Target.Touch(); return "report"; } }
            internal sealed class Invoice : Report { public int Total = 3; }
            """);

        Assert.Contains("Report.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
