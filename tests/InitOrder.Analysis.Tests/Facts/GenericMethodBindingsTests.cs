using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// A constrained ToString, GetHashCode or Equals on a type parameter of the app's own generic method runs what the type
/// arguments the app binds to it run, and every live override where the app can bind others at run time.
/// </summary>
public sealed class GenericMethodBindingsTests
{
    // Touchy is live (constructed) but never formatted; Plain is what the generic method is handed.
    private const string Types = """
        internal sealed class Touchy { public override string ToString() { Target.Touch(); return "touchy"; } }
        internal sealed class Plain { public override string ToString() => "plain"; }
        internal struct PlainValue { public override string ToString() => "value"; }
        internal static class Formatter
        {
            internal static int TextOf<T>(T value) => value!.ToString()!.Length;
            internal static int Log<U>(U value) => TextOf(value);
        }
        """;

    [Theory]
    [InlineData("Formatter.TextOf(new Plain())")]
    [InlineData("Formatter.TextOf(new PlainValue())")]
    [InlineData("Formatter.Log(new Plain())")]
    [InlineData("new Func<Plain, int>(Formatter.TextOf).Invoke(new Plain())")]
    public void Constrained_call_runs_only_the_overrides_of_the_type_arguments_the_app_binds(string call)
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify($$"""
            GC.KeepAlive(new Touchy());
            Console.WriteLine({{call}});
            """, Types));
    }

    [Fact]
    public void Type_argument_passed_on_through_another_generic_method_is_bound_there_too()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Formatter.Log(new Touchy()));", Types);

        Assert.Equal(
            new[] { "Early.Init()", "Formatter.Log()", "Formatter.TextOf()", "Touchy.ToString()", "Target.Touch()" },
            ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    // The type argument comes from input: it may be Touchy.
    [Theory]
    [InlineData("typeof(Formatter).GetMethod(\"TextOf\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(Type.GetType(Console.ReadLine()!)!)")]
    [InlineData("System.Linq.Expressions.Expression.Call(typeof(Formatter), \"TextOf\", new[] { Type.GetType(Console.ReadLine()!)! }, System.Linq.Expressions.Expression.Default(Type.GetType(Console.ReadLine()!)!))")]
    [InlineData("Formatter.TextOf((dynamic)new Touchy())")]
    public void Type_argument_bound_at_run_time_keeps_every_live_override(string binding)
    {
        var result = EarlyInitializerScenario.Verify($$"""
            GC.KeepAlive(new Touchy());
            Console.WriteLine(Formatter.TextOf(new Plain()));
            GC.KeepAlive({{binding}});
            """, Types);

        Assert.Contains("Touchy.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Virtual_generic_method_keeps_every_live_override()
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(new Touchy()); Console.WriteLine(new Describer().TextOf(new Plain()));", Types + """
            internal class Describer { internal virtual int TextOf<T>(T value) => value!.ToString()!.Length; }
            """);

        Assert.Contains("Touchy.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Type_argument_from_a_generic_class_keeps_every_live_override()
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(new Touchy()); Console.WriteLine(Holder<Plain>.Show(new Plain()));", Types + """
            internal static class Holder<V> { internal static int Show(V value) => Formatter.TextOf(value); }
            """);

        Assert.Contains("Touchy.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
