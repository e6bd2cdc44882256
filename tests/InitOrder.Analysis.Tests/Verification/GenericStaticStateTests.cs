using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>A generic type's static fields are initialized per instantiation by the one static constructor of its definition.</summary>
public sealed class GenericStaticStateTests
{
    private const string Cache = """
        internal static class Cache<T>
        {
            public static readonly string Value = Describe();
            private static string Describe() { TOUCH; return typeof(T).Name; }
        }
        """;

    [Fact]
    public void Static_field_of_a_generic_instantiation_runs_the_definition_static_constructor()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Cache<int>.Value);", Cache.Replace("TOUCH", "Target.Touch()"));

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Cache..cctor", "Cache.Describe()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Generic_static_state_touching_an_unrelated_type_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Cache<int>.Value);", Cache.Replace("TOUCH", "Unrelated.Touch()")));
    }
}
