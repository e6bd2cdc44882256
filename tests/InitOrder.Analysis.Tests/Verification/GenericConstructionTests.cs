using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>
/// new T() compiles to Activator.CreateInstance&lt;T&gt;(): the constructor of the type argument runs from framework
/// code, so the call that binds it to a new()-constrained parameter is where it becomes reachable. Found by the
/// run-time oracle (tests/Samples/Oracle/Semantics, GenericMethod case).
/// </summary>
public sealed class GenericConstructionTests
{
    private const string Widget = "internal sealed class Widget { public Widget() { TOUCH; } }";

    [Fact]
    public void Generic_method_with_a_new_constraint_reaches_the_type_argument_constructor()
    {
        var result = EarlyInitializerScenario.Verify("Factory.Create<Widget>();", Widget.Replace("TOUCH", "Target.Touch()") + """
            internal static class Factory { public static T Create<T>() where T : new() => new T(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Widget..ctor()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Generic_type_with_a_new_constraint_reaches_the_type_argument_constructor()
    {
        var result = EarlyInitializerScenario.Verify("new Pool<Widget>().Rent();", Widget.Replace("TOUCH", "Target.Touch()") + """
            internal sealed class Pool<T> where T : new() { public T Rent() => new T(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Contains("Widget..ctor()", ResultAssert.Chain(violation));
    }

    [Fact]
    public void Activator_CreateInstance_of_T_reaches_the_constructor()
    {
        var violation = ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Activator.CreateInstance<Widget>();", Widget.Replace("TOUCH", "Target.Touch()")));

        Assert.Equal(new[] { "Early.Init()", "Widget..ctor()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Theory]
    [InlineData("new Lazy<Widget>().Value")]
    [InlineData("new Lazy<Widget>(true).Value")]
    [InlineData("System.Threading.LazyInitializer.EnsureInitialized(ref Slot.Value)")]
    public void Lazy_without_a_factory_constructs_its_type_argument_by_reflection(string expression)
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(" + expression + ");", Widget.Replace("TOUCH", "Target.Touch()") + """
            internal static class Slot { public static Widget? Value; }
            """);

        Assert.Contains("Widget..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Lazy_with_a_factory_runs_the_factory_not_the_parameterless_constructor()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(new Lazy<Widget>(() => new Widget(1)).Value);", """
            internal sealed class Widget { public Widget() { Target.Touch(); } public Widget(int size) { } }
            """));
    }

    [Fact]
    public void Type_argument_of_an_unconstrained_parameter_is_not_constructed()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Holder.Describe<Widget>());", Widget.Replace("TOUCH", "Target.Touch()") + """
            internal static class Holder { public static string Describe<T>() => typeof(T).Name; }
            """));
    }

    [Fact]
    public void Constructed_type_argument_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Factory.Create<Widget>();", Widget.Replace("TOUCH", "Unrelated.Touch()") + """
            internal static class Factory { public static T Create<T>() where T : new() => new T(); }
            """));
    }
}
