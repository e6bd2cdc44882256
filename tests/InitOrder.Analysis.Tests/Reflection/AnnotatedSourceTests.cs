using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// A Type read from a place carrying [DynamicallyAccessedMembers] was checked where it entered that place (ILLink's
/// dataflow): a call, a field store, a return or a property setter; reading it back needs no rule of its own.
/// </summary>
public sealed class AnnotatedSourceTests
{
    private const string Registry = """
        internal sealed class Registration
        {
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)]
            private readonly Type _type;

            internal Registration([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] Type type) => _type = type;

            [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)]
            internal Type Get() => _type;

            internal object Create() => Activator.CreateInstance(Get())!;
        }
        internal sealed class Other { public Other() => Target.Touch(); }
        """;

    [Fact]
    public void A_type_checked_where_it_entered_an_annotated_place_reaches_only_its_own_members()
    {
        // Other is live, but only Service flows into the annotated parameter; Create's Activator call reads the annotated return.
        var result = EarlyInitializerScenario.Verify("var other = new Registration(typeof(Service)); GC.KeepAlive(typeof(Other)); Console.WriteLine(other.Create());", Registry + """
            internal sealed class Service { public Service() { } }
            """);

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void The_type_passed_in_is_reached_where_it_enters()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(new Registration(typeof(Service)).Create());", Registry + """
            internal sealed class Service { public Service() => Target.Touch(); }
            """);

        Assert.Contains("Service..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Each_call_of_a_repeated_token_hands_its_own_type()
    {
        // Both calls share one MemberRef token: the second used to be skipped as a repeat, so Second was never reached.
        var result = EarlyInitializerScenario.Verify("var first = new Registration(typeof(First)); var second = new Registration(typeof(Second)); Console.WriteLine(second.Create());", Registry + """
            internal sealed class First { public First() { } }
            internal sealed class Second { public Second() => Target.Touch(); }
            """);

        Assert.Contains("Second..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void A_lambda_inherits_the_annotation_of_the_generic_parameter_of_the_method_it_was_written_in()
    {
        // new T() in the lambda is Activator.CreateInstance<T>() on the closure class's own T, which carries no annotation.
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(typeof(Other)); Console.WriteLine(Factories.Make<Service>()());", """
            internal sealed class Service { public Service() { } }
            internal sealed class Other { public Other() => Target.Touch(); }
            internal static class Factories
            {
                internal static Func<object> Make<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>()
                    where T : new() => () => new T();
            }
            """);

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void A_type_of_unknown_origin_stored_into_an_annotated_field_is_checked_at_the_store()
    {
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(typeof(Other)); Console.WriteLine(Holder.Make(Pick.Type()));", StoringHolder("s_type = type;"));

        Assert.Contains("Other..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types" && s.Api == "Holder.s_type");
    }

    [Fact]
    public void Every_store_into_an_annotated_field_is_checked()
    {
        // Both stores share one field token: the second was skipped as a repeat, and Other never counted as constructed.
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(typeof(Other)); Console.WriteLine(Holder.Make(Pick.Type()));", StoringHolder("s_type = typeof(object); s_type = type;"));

        Assert.Contains("Other..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void An_annotated_property_setter_checks_the_type_it_is_given()
    {
        var result = EarlyInitializerScenario.Verify("var options = new Options { Kind = typeof(Service) }; Console.WriteLine(Activator.CreateInstance(options.Kind));", """
            internal sealed class Options
            {
                [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)]
                public Type Kind { get; set; } = typeof(object);
            }
            internal sealed class Service { public Service() => Target.Touch(); }
            """);

        Assert.Contains("Service..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    /// <summary>Holder.Make(type) runs <paramref name="stores"/> into an annotated static field, then creates what it holds.</summary>
    private static string StoringHolder(string stores) => $$"""
        internal static class Pick { internal static Type Type() => typeof(object); }
        internal sealed class Other { public Other() => Target.Touch(); }
        internal static class Holder
        {
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)]
            private static Type? s_type;

            internal static object Make(Type type)
            {
                {{stores}}
                return Activator.CreateInstance(s_type)!;
            }
        }
        """;
}
