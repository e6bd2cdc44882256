using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>
/// A constrained ToString, GetHashCode or Equals, or a <c>new T()</c>, on a type parameter of the app's own generic method
/// or type runs what the type arguments the app binds to it run, and every live override or live or mentioned type where
/// the app can bind others at run time.
/// </summary>
public sealed class GenericBindingsTests
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
    public void Type_argument_of_a_generic_class_is_bound_where_the_app_names_the_class()
    {
        const string holder = "internal static class Holder<V> { internal static int Show(V value) => Formatter.TextOf(value); }";

        ResultAssert.Clean(EarlyInitializerScenario.Verify("GC.KeepAlive(new Touchy()); Console.WriteLine(Holder<Plain>.Show(new Plain()));", Types + holder));
        Assert.Contains("Touchy.ToString()", ResultAssert.Chain(ResultAssert.ReachesTarget(
            EarlyInitializerScenario.Verify("Console.WriteLine(Holder<Touchy>.Show(new Touchy()));", Types + holder))));
    }

    // Widget is mentioned (typeof) and has the constructor new T() asks for; only Label is bound to Cache's T.
    private const string Caches = """
        internal sealed class Label { }
        internal sealed class Widget { public Widget() => Target.Touch(); }
        internal static class Cache<T> where T : new() { internal static readonly T Instance = new T(); }
        internal static class Holder<U> where U : new() { internal static U Get() => Cache<U>.Instance; }
        internal class Base<T> where T : new() { internal readonly T Made = new T(); }
        internal sealed class Derived : Base<Widget> { }
        """;

    [Fact]
    public void New_T_in_the_apps_generic_class_constructs_only_the_type_arguments_the_app_binds()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Widget).Name + Cache<Label>.Instance + Holder<Label>.Get());", Caches));
    }

    [Fact]
    public void Generic_class_inside_an_array_type_argument_may_be_closed_with_anything()
    {
        // A serializer handed Base<Widget>[] makes Base<Widget> objects; the decoded array keeps only names, so Base's T
        // is unknown, not just the Label that `new Base<Label>()` names.
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(new Base<Label>()); Console.WriteLine(typeof(Widget).Name + Filler.Fill<Base<Widget>[]>());", Caches + """
            internal static class Filler { internal static object? Fill<T>() => Activator.CreateInstance(typeof(T).GetElementType()!); }
            """);

        Assert.Contains("Widget..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Theory]
    [InlineData("Holder<Widget>.Get()")]
    [InlineData("new Derived().Made")]
    [InlineData("typeof(Cache<>).Name")]
    [InlineData("typeof(Label).MakeGenericType()")]
    public void New_T_constructs_what_is_bound_through_a_parameter_or_a_base_type_and_anything_once_the_class_can_be_closed_at_run_time(string binding)
    {
        var result = EarlyInitializerScenario.Verify($"Console.WriteLine(typeof(Widget).Name + Cache<Label>.Instance); GC.KeepAlive({binding});", Caches);

        Assert.Contains("Widget..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
