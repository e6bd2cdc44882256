using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// Framework reflection the table of APIs bounds by what the API does: <c>StackFrame.GetMethod</c> and
/// <c>Exception.TargetSite</c> return a method that ran, and the Expression factories look up operators only. Invoice is
/// only mentioned; its static constructor and ToString read the target.
/// </summary>
public sealed class ReflectionApisTests
{
    private const string Types = """
        public sealed class Invoice
        {
            static Invoice() => Target.Touch();
            public override string ToString() => "invoice " + Target.Value;
            public static string Format() => "";
        }
        public sealed class Money
        {
            public static implicit operator long(Money money) { Target.Touch(); return 0; }
        }
        """;

    [Theory]
    [InlineData("new System.Diagnostics.StackFrame(0).GetMethod()?.Name")]
    [InlineData("new InvalidOperationException().TargetSite?.Name")]
    public void A_method_from_the_stack_or_an_exception_is_one_that_ran(string lookup)
    {
        var result = Verify(lookup);

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void The_declaring_type_of_a_method_from_the_stack_is_of_unknown_origin()
    {
        var result = Verify("new System.Diagnostics.StackFrame(0).GetMethod()!.DeclaringType!.GetMethods().Length");

        Assert.Contains("Invoice..cctor", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void An_expression_factory_finds_operators_only()
    {
        var result = Verify("System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.Constant(1), typeof(long))");

        ResultAssert.Clean(result);
    }

    [Fact]
    public void An_expression_factory_reaches_the_operators_of_a_mentioned_type()
    {
        var result = Verify("System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.Constant(1), typeof(long)) + typeof(Money).Name");

        Assert.Contains("Money.op_Implicit()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    private static VerificationResult Verify(string expression) =>
        EarlyInitializerScenario.Verify("GC.KeepAlive(new List<Invoice>()); Console.WriteLine(" + expression + ");", Types);
}
