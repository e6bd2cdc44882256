using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// Invoke, GetValue and CreateDelegate(MethodInfo) run what the lookup that found the member reached, as in ILLink, where
/// the lookup is what keeps a member: GetMethod and its kin, a member handle (ldtoken, expression trees), a delegate's
/// Method (any delegate), a constant name given to CreateDelegate. A virtual method found that way runs its overrides.
/// </summary>
public sealed class MemberLookupTests
{
    private const string Jobs = """
        public static class Jobs
        {
            public static void Warm() { }
            public static void Purge() => Target.Touch();
        }
        public sealed class Bystander { public void Poke() => Target.Touch(); }
        """;

    [Fact]
    public void Invoke_on_a_member_kept_in_a_field_runs_only_what_its_lookup_found()
    {
        // Before: a MethodInfo read from a field could stand for any member, so Bystander.Poke counted.
        var result = EarlyInitializerScenario.Verify("GC.KeepAlive(new Bystander()); Cache.Warm.Invoke(null, null);", Jobs + """
            internal static class Cache { internal static readonly System.Reflection.MethodInfo Warm = typeof(Jobs).GetMethod("Warm")!; }
            """);

        ResultAssert.Clean(result);
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types");
    }

    [Fact]
    public void A_member_handle_is_a_lookup_of_that_member()
    {
        // C# compiles the expression tree's call into ldtoken Jobs.Purge and MethodBase.GetMethodFromHandle.
        var result = EarlyInitializerScenario.Verify("System.Linq.Expressions.Expression<Action> purge = () => Jobs.Purge(); purge.Compile()();", Jobs);

        Assert.Contains("Jobs.Purge()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "member-handle");
    }

    [Fact]
    public void The_method_of_a_delegate_runs_that_delegate()
    {
        var result = EarlyInitializerScenario.Verify("Action purge = Jobs.Purge; purge.Method.Invoke(null, null);", Jobs);

        Assert.Contains("Jobs.Purge()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void A_compiled_expression_may_invoke_any_delegate_it_holds()
    {
        var result = EarlyInitializerScenario.Verify(
            "Action purge = Jobs.Purge; System.Linq.Expressions.Expression.Lambda<Action>(System.Linq.Expressions.Expression.Invoke(System.Linq.Expressions.Expression.Constant(purge))).Compile()();",
            Jobs);

        Assert.Contains("Jobs.Purge()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Theory]
    [InlineData("typeof(Shape).GetMethod(\"Area\")!.Invoke(new Circle(), null);")]
    [InlineData("typeof(IShape).GetMethod(\"Area\")!.Invoke(new Circle(), null);")]
    public void A_virtual_method_found_by_reflection_runs_the_overrides_of_live_types(string code)
    {
        var result = EarlyInitializerScenario.Verify(code, """
            public interface IShape { int Area(); }
            public abstract class Shape : IShape { public abstract int Area(); }
            public sealed class Circle : Shape { public override int Area() { Target.Touch(); return 1; } }
            """);

        Assert.Contains("Circle.Area()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void CreateDelegate_with_a_constant_name_reaches_that_method_of_the_target()
    {
        var result = EarlyInitializerScenario.Verify("((Action)Delegate.CreateDelegate(typeof(Action), new Job(), \"Start\")).Invoke();", Jobs + """
            public sealed class Job { public void Start() => Target.Touch(); public void Stop() { } }
            """);

        Assert.Contains("Job.Start()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "constant-name" && s.Api == "Delegate.CreateDelegate()");
    }

    [Fact]
    public void CreateDelegate_with_a_constant_name_does_not_reach_other_live_types()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("GC.KeepAlive(new Bystander()); ((Action)Delegate.CreateDelegate(typeof(Action), new Job(), \"Stop\")).Invoke();", Jobs + """
            public sealed class Job { public void Start() => Target.Touch(); public void Stop() { } }
            """));
    }
}
