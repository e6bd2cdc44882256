using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>A call to ToString, GetHashCode or Equals runs only the overrides its receiver can have.</summary>
public sealed class ObjectSlotReceiversTests
{
    // A live object whose ToString touches the target, which nothing formats and no framework code holds.
    private const string Touchy = """
        internal sealed class Touchy { public override string ToString() { Target.Touch(); return "touchy"; } }
        internal sealed class Plain { public override string ToString() => "plain"; }
        """;

    [Fact]
    public void Call_on_an_object_known_to_be_of_one_class_runs_only_its_override()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("""
            var touchy = new Touchy();
            GC.KeepAlive(touchy);
            object plain = new Plain();
            Console.WriteLine(plain.ToString().Length);
            """, Touchy));
    }

    [Fact]
    public void Call_on_an_object_typed_parameter_runs_any_live_override()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Describer.Describe(new Touchy()));", Touchy + """
            internal static class Describer { internal static int Describe(object value) => value.ToString()!.Length; }
            """);

        Assert.Equal(new[] { "Early.Init()", "Describer.Describe()", "Touchy.ToString()", "Target.Touch()" }, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Call_on_a_derived_class_runs_the_override_it_inherits()
    {
        var result = EarlyInitializerScenario.Verify("var report = new Invoice(); Console.WriteLine(report.ToString().Length);", """
            internal class Report { public override string ToString() { Target.Touch(); return "report"; } }
            internal sealed class Invoice : Report { }
            """);

        Assert.Contains("Report.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
