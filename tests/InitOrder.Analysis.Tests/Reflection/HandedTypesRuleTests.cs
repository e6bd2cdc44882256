using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>Unbounded reflection acts on what it is handed: type arguments, objects and Type values passed in, their live subtypes and what their members name.</summary>
public sealed class HandedTypesRuleTests
{
    private const string Checker = """
        internal static class Checker
        {
            [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Reads every member by reflection.")]
            internal static T Load<T>(string json) => default!;

            [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Reads every member by reflection.")]
            internal static bool Check(object value) => value is not null;
        }
        internal sealed class Other { public void Later() => Target.Touch(); }
        """;

    [Fact]
    public void Requires_unreferenced_code_does_not_reach_a_live_type_it_is_not_handed()
    {
        var result = EarlyInitializerScenario.Verify("var other = new Other(); Console.WriteLine(Checker.Load<Settings>(\"{}\")); GC.KeepAlive(other);", Checker + """
            internal sealed class Settings { public string Name { get; set; } = ""; }
            """);

        ResultAssert.Clean(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "handed-types" && s.Api == "Checker.Load<Settings>()");
    }

    [Fact]
    public void An_object_passed_in_is_reflected_on_by_its_static_type()
    {
        var result = EarlyInitializerScenario.Verify("var other = new Other(); var item = new Item(); Console.WriteLine(Checker.Check(item)); GC.KeepAlive(other);", Checker + """
            internal sealed class Item { public string Sku { get => ""; set => Target.Touch(); } }
            """);

        Assert.Contains("Item.set_Sku()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.DoesNotContain(result.Violations, v => v.Message.Contains("Other.Later()"));
    }

    [Fact]
    public void An_untyped_object_keeps_the_conservative_rule()
    {
        var result = EarlyInitializerScenario.Verify("var other = new Other(); Console.WriteLine(Checker.Check(Pick.Any())); GC.KeepAlive(other);", Checker + """
            internal static class Pick { internal static object Any() => new object(); }
            """);

        Assert.Contains("Other.Later()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void This_of_a_base_constructor_is_the_derived_type_being_constructed()
    {
        var result = EarlyInitializerScenario.Verify("var other = new Other(); Console.WriteLine(new ShopContext()); GC.KeepAlive(other);", Checker + """
            public abstract class Context
            {
                [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Finds the derived context's sets by reflection.")]
                protected Context() { }
            }
            public sealed class ShopContext : Context { public int Products { get { Target.Touch(); return 0; } } }
            """);

        Assert.Contains("ShopContext.get_Products()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.DoesNotContain(result.Violations, v => v.Message.Contains("Other.Later()"));
    }

    [Fact]
    public void Types_the_handed_types_members_name_are_handed_too()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Checker.Load<Order>(\"{}\"));", Checker + """
            internal sealed class Order { public Line[] Lines { get; set; } = Array.Empty<Line>(); }
            internal sealed class Line { public int Count { get => 0; set => Target.Touch(); } }
            """);

        Assert.Contains("Line.set_Count()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Live_subtypes_of_a_handed_type_are_reflected_on()
    {
        var result = EarlyInitializerScenario.Verify("var circle = new Circle(); Console.WriteLine(Checker.Load<Shape>(\"{}\")); GC.KeepAlive(circle);", Checker + """
            public class Shape { }
            public sealed class Circle : Shape { public double Radius { get => 0; set => Target.Touch(); } }
            public sealed class Square : Shape { public double Side { get => 0; set => Unrelated.Touch(); } }
            """);

        Assert.Contains("Circle.set_Radius()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Loading_an_assembly_names_no_type_but_listing_its_types_names_every_type()
    {
        // A lookup on a Type of unknown origin reaches the members of every live or mentioned type.
        const string Hidden = """
            internal static class Hidden { public static void Run() => Target.Touch(); }
            internal static class Pick { internal static Type Type() => typeof(object); }
            internal static class Runner { internal static void Run(Type type) => type.GetMethod("Run")?.Invoke(null, null); }
            """;

        ResultAssert.Clean(EarlyInitializerScenario.Verify("var assembly = System.Reflection.Assembly.Load(\"App\"); Runner.Run(Pick.Type()); GC.KeepAlive(assembly);", Hidden));
        Assert.Contains("Hidden.Run()", ResultAssert.Chain(ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify(
            "var types = System.Reflection.Assembly.Load(\"App\").GetTypes(); Runner.Run(Pick.Type()); GC.KeepAlive(types);", Hidden))));
    }
}
