using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// <c>RuntimeHelpers.GetUninitializedObject</c> makes an object without running a constructor, though its annotation keeps
/// the constructors for the trimmer; the static constructor does run (measured on .NET 10), and the object is live.
/// </summary>
public sealed class UninitializedObjectTests
{
    private const string Types = """
        public interface IShape { int Area(); }
        public sealed class Built : IShape { public Built() { Target.Touch(); } public int Area() => 1; }
        public sealed class Primed : IShape { static Primed() { Target.Touch(); } public int Area() => 2; }
        public sealed class Measured : IShape { public int Area() => Target.Value; }
        """;

    [Fact]
    public void Object_made_without_a_constructor_runs_no_constructor()
    {
        ResultAssert.Clean(Verify("System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Built))"));
    }

    [Fact]
    public void Object_made_without_a_constructor_runs_the_static_constructor()
    {
        var chain = ResultAssert.Chain(ResultAssert.ReachesTarget(Verify("System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Primed))")));

        Assert.Equal("Primed..cctor", chain[^2]);
    }

    [Fact]
    public void Object_made_without_a_constructor_is_live_for_its_overrides()
    {
        var chain = ResultAssert.Chain(ResultAssert.ReachesTarget(Verify("((IShape)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Measured))).Area()")));

        Assert.Equal("Measured.Area()", chain[^2]);
    }

    [Fact]
    public void Type_of_unknown_origin_made_without_a_constructor_runs_static_constructors_only()
    {
        // Any type may come back from Type.GetType: Primed's static constructor counts, Built's constructor never runs.
        var chain = ResultAssert.Chain(ResultAssert.ReachesTarget(Verify("System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(Type.GetType(Console.ReadLine()!)!)")));

        Assert.Equal(new[] { "Early.Init()", "RuntimeHelpers.GetUninitializedObject()", "Primed..cctor", "Target.Touch()" }, chain);
    }

    private static VerificationResult Verify(string expression) => EarlyInitializerScenario.Verify("Console.WriteLine(" + expression + ");", Types);
}
