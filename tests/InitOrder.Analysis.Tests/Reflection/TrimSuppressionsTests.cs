using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// [UnconditionalSuppressMessage("Trimming", "IL2xxx")] on a method vouches for the Type values its reflection hands to
/// [DynamicallyAccessedMembers]: a Type of unknown origin there adds no rule (Reflection/TrimSuppressions). IL2026, a
/// call into [RequiresUnreferencedCode] code, vouches for nothing.
/// </summary>
public sealed class TrimSuppressionsTests
{
    private const string Scenario = "GC.KeepAlive(typeof(Other)); Console.WriteLine(Factory.Make(Pick.Type()));";

    private static string Factory(string suppression) => """
        internal static class Pick { internal static Type Type() => typeof(object); }
        internal sealed class Other { public Other() => Target.Touch(); }
        internal static class Factory
        {
        """ + suppression + """

            internal static object Make(Type type) => Activator.CreateInstance(type)!;
        }
        """;

    [Theory]
    [InlineData("""[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067")]""")]
    [InlineData("""[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("ReflectionAnalysis", "IL2067:UnrecognizedReflectionPattern", Justification = "Only value types.")]""")]
    [InlineData("""[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming - Allow extension loading from config", "IL2067")]""")]
    public void A_suppressed_data_flow_warning_vouches_for_the_type_values_of_the_method(string suppression)
    {
        var result = EarlyInitializerScenario.Verify(Scenario, Factory(suppression));

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void A_suppression_on_a_method_covers_its_lambdas()
    {
        var result = EarlyInitializerScenario.Verify(Scenario, """
            internal static class Pick { internal static Type Type() => typeof(object); }
            internal sealed class Other { public Other() => Target.Touch(); }
            internal static class Factory
            {
                [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067")]
                internal static object Make(Type type)
                {
                    Func<object> create = () => Activator.CreateInstance(type)!;
                    return create();
                }
            }
            """);

        ResultAssert.Clean(result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026")]""")]
    [InlineData("""[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Style", "IDE0051")]""")]
    public void Without_such_a_suppression_a_type_of_unknown_origin_keeps_the_conservative_rule(string suppression)
    {
        var result = EarlyInitializerScenario.Verify(Scenario, Factory(suppression));

        Assert.Contains("Other..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types" && s.Api.Contains("CreateInstance"));
    }
}
