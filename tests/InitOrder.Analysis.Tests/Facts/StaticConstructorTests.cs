using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Facts;

/// <summary>Touching a type's members may run its static constructor; type tokens alone do not.</summary>
public sealed class StaticConstructorTests
{
    [Fact]
    public void Static_field_read_runs_the_field_initializers()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Registry.Count);", """
            internal static class Registry
            {
                public static int Count = Compute();
                private static int Compute() { Target.Touch(); return 1; }
            }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Registry..cctor", "Registry.Compute()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Static_field_of_a_type_whose_initializer_is_harmless_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(QuietRegistry.Count);", """
            internal static class QuietRegistry { public static int Count = 1; }
            internal static class LoudRegistry { public static int Count = Compute(); private static int Compute() { Target.Touch(); return 1; } }
            """));
    }

    [Theory]
    [InlineData("Lazy.Noop();")]
    [InlineData("var made = new Lazy();")]
    [InlineData("Console.WriteLine(new Lazy().Instance);")]
    public void Method_call_new_or_instance_field_of_a_beforefieldinit_type_does_not_run_its_initializer(string body)
    {
        // Measured on .NET 10 (shared/FACTS.md, section 2): only a static field access runs a beforefieldinit initializer.
        ResultAssert.Clean(EarlyInitializerScenario.Verify(body, """
            internal sealed class Lazy
            {
                public static int Count = Compute();
                public int Instance = 1;
                public static void Noop() { }
                private static int Compute() { Target.Touch(); return 1; }
            }
            """));
    }

    [Fact]
    public void Beforefieldinit_initializer_runs_at_the_static_field_access_inside_the_method_called()
    {
        var result = EarlyInitializerScenario.Verify("Lazy.Read();", """
            internal static class Lazy
            {
                public static int Count = Compute();
                public static int Read() => Count;
                private static int Compute() { Target.Touch(); return 1; }
            }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Lazy.Read()", "Lazy..cctor", "Lazy.Compute()", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Static_method_on_a_type_with_an_explicit_static_constructor()
    {
        var result = EarlyInitializerScenario.Verify("Precise.Noop();", """
            internal static class Precise
            {
                static Precise() { Target.Touch(); }
                internal static void Noop() { }
            }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Precise..cctor", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Static_method_on_a_type_whose_static_constructor_is_harmless_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Precise.Noop();", """
            internal static class Precise
            {
                static Precise() { Unrelated.Touch(); }
                internal static void Noop() { }
            }
            """));
    }

    [Fact]
    public void Base_type_static_constructor_runs_through_the_derived_constructor()
    {
        var result = EarlyInitializerScenario.Verify("var derived = new Derived();", """
            internal class BaseWithState { static BaseWithState() { Target.Touch(); } }
            internal sealed class Derived : BaseWithState { }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Derived..ctor()", "BaseWithState..cctor", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Base_type_without_target_access_is_not_flagged()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("var derived = new Derived();", """
            internal class QuietBase { static QuietBase() { Unrelated.Touch(); } }
            internal sealed class Derived : QuietBase { }
            internal class LoudBase { static LoudBase() { Target.Touch(); } }
            """));
    }

    [Fact]
    public void RunClassConstructor_on_a_type_handle_runs_that_static_constructor()
    {
        var result = EarlyInitializerScenario.Verify("System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Holder).TypeHandle);", """
            internal static class Holder { static Holder() { Target.Touch(); } }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Holder..cctor", "Target.Touch()" }, ResultAssert.Chain(violation));
    }

    [Fact]
    public void Typeof_alone_does_not_run_the_static_constructor()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Holder));", """
            internal static class Holder { static Holder() { Target.Touch(); } }
            """));
    }

    [Fact]
    public void Typeof_the_target_itself_counts_as_touching_it()
    {
        var violation = ResultAssert.ReachesTarget(EarlyInitializerScenario.Verify("Console.WriteLine(typeof(Target));"));

        Assert.Equal(new[] { "Early.Init()", "Target" }, ResultAssert.Chain(violation));
    }
}
