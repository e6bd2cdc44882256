using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>Reflection, the way the trimmer models it: annotations, constant names, and the two conservative rules.</summary>
public sealed class ReflectionRuleTests
{
    // A registration API annotated like Microsoft.Extensions.DependencyInjection's AddSingleton<TService, TImplementation>.
    private const string Registry = """
        internal static class Registry
        {
            internal static readonly List<Type> Types = new();
            internal static void Add<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] T>() => Types.Add(typeof(T));
        }
        """;

    [Fact]
    public void Annotated_type_parameter_makes_the_constructors_of_the_type_argument_run()
    {
        var result = EarlyInitializerScenario.Verify("Registry.Add<Service>();", Registry + """
            internal sealed class Service { public Service() => Target.Touch(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Registry.Add<Service>()", "Service..ctor()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Contains("Registry.Add<Service>() \u21D2 (reflection) Service..ctor()", violation.Message);
        var step = Assert.Single(result.Patches[0].Reflection);
        Assert.Equal("annotated", step.Rule);
    }

    [Fact]
    public void Annotated_type_parameter_does_not_reach_members_the_annotation_leaves_out()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Registry.Add<Service>();", Registry + """
            internal sealed class Service { public Service() { } public void Later() => Target.Touch(); private Service(int x) => Target.Touch(); }
            """));
    }

    [Fact]
    public void Activator_with_typeof_reaches_that_types_constructor()
    {
        var result = EarlyInitializerScenario.Verify("Activator.CreateInstance(typeof(Plugin));", """
            internal sealed class Plugin { public Plugin() => Target.Touch(); }
            """);

        Assert.Contains("Plugin..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Constant_type_name_is_resolved_like_typeof()
    {
        var result = EarlyInitializerScenario.Verify("Activator.CreateInstance(Type.GetType(\"Sample.Plugin\")!);", """
            internal sealed class Plugin { public Plugin() => Target.Touch(); }
            internal sealed class Other { public Other() => Target.Touch(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Contains("Plugin..ctor()", ResultAssert.Chain(violation));
        Assert.All(result.Patches[0].Reflection, s => Assert.Equal("annotated", s.Rule));
    }

    [Fact]
    public void Constant_name_reaches_only_the_method_of_that_name()
    {
        var result = EarlyInitializerScenario.Verify("typeof(Jobs).GetMethod(\"Warm\")!.Invoke(null, null);", """
            public static class Jobs
            {
                public static void Warm() => Target.Touch();
                public static void Purge() => Unrelated.Touch();
            }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Contains("Type.GetMethod() \u21D2 (reflection) Jobs.Warm()", violation.Message);
        var step = Assert.Single(result.Patches[0].Reflection);
        Assert.Equal("constant-name", step.Rule);
        Assert.Contains("'Warm'", step.Why);
    }

    [Fact]
    public void Constant_name_does_not_reach_a_sibling_method()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("typeof(Jobs).GetMethod(\"Warm\")!.Invoke(null, null);", """
            public static class Jobs
            {
                public static void Warm() { }
                public static void Purge() => Target.Touch();
            }
            """));
    }

    [Theory]
    [InlineData("typeof(Jobs).GetMethod(\"Run\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, new object[] { 1 });", true)]
    [InlineData("typeof(Jobs).GetMethod(\"Run\", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.Invoke(null, null);", false)]
    [InlineData("typeof(Jobs).GetMethod(\"Run\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)?.Invoke(null, null);", false)]
    [InlineData("typeof(Jobs).GetMethod(\"run\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.IgnoreCase)!.Invoke(null, new object[] { 1 });", true)]
    [InlineData("var name = \"Run\"; typeof(Jobs).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, new object[] { 1 });", true)]
    public void Constant_binding_flags_select_static_or_instance_and_public_or_not_overloads_included(string call, bool reaches)
    {
        var result = EarlyInitializerScenario.Verify(call, """
            public static class Jobs
            {
                private static void Run(int times) => Target.Touch();
                private static void Run() { }
            }
            """);

        Assert.Equal(reaches, result.Violations.Count > 0);
    }

    [Fact]
    public void Constant_property_name_reaches_its_accessors_only()
    {
        var result = EarlyInitializerScenario.Verify("typeof(Settings).GetProperty(\"Name\")!.SetValue(new Settings(), \"x\");", """
            public sealed class Settings
            {
                public string Name { get => ""; set => Target.Touch(); }
                public string Other { get => ""; set => Unrelated.Touch(); }
            }
            """);

        Assert.Contains("Settings.set_Name()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        Assert.DoesNotContain(result.Violations, v => v.Message.Contains("set_Other"));
    }

    [Fact]
    public void GetConstructor_with_a_constant_parameter_count_reaches_those_constructors()
    {
        var flagged = EarlyInitializerScenario.Verify("typeof(Plugin).GetConstructor(new[] { typeof(int) })!.Invoke(new object[] { 1 });", """
            public sealed class Plugin { public Plugin() { } public Plugin(int x) => Target.Touch(); }
            """);
        var clean = EarlyInitializerScenario.Verify("typeof(Plugin).GetConstructor(Type.EmptyTypes)!.Invoke(null);", """
            public sealed class Plugin { public Plugin() { } public Plugin(int x) => Target.Touch(); }
            """);

        Assert.Contains("Plugin..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(flagged)));
        ResultAssert.Clean(clean);
    }

    [Fact]
    public void Name_known_only_at_run_time_keeps_the_annotation_wide_rule()
    {
        var result = EarlyInitializerScenario.Verify("typeof(Jobs).GetMethod(Environment.GetEnvironmentVariable(\"JOB\")!)!.Invoke(null, null);", """
            public static class Jobs
            {
                public static void Warm() { }
                public static void Purge() => Target.Touch();
            }
            """);

        ResultAssert.ReachesTarget(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "annotated" && s.Api == "Type.GetMethod()");
    }

    [Fact]
    public void Type_name_known_only_at_run_time_counts_every_type()
    {
        var result = EarlyInitializerScenario.Verify("Activator.CreateInstance(Type.GetType(Environment.GetEnvironmentVariable(\"PLUGIN\")!)!);", """
            internal sealed class Plugin { public Plugin() => Target.Touch(); }
            """);

        ResultAssert.ReachesTarget(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "any-type" && s.Api == "Type.GetType()");
    }

    [Fact]
    public void Requires_unreferenced_code_opens_every_member_of_the_types_it_is_given()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Loader.Load<Settings>(\"{}\"));", """
            internal static class Loader
            {
                [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Sets properties by reflection.")]
                internal static T Load<T>(string json) => default!;
            }
            internal sealed class Settings { public string Name { get => ""; set => Target.Touch(); } }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Loader.Load<Settings>()", "Settings.set_Name()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.Contains("Loader.Load<Settings>() \u21D2 (reflection) Settings.set_Name()", violation.Message);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "handed-types");
    }

    [Fact]
    public void Unbounded_reflection_does_not_reach_types_nothing_mentions()
    {
        ResultAssert.Clean(EarlyInitializerScenario.Verify("Console.WriteLine(Loader.Load<Settings>(\"{}\"));", """
            internal static class Loader
            {
                [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Sets properties by reflection.")]
                internal static T Load<T>(string json) => default!;
            }
            internal sealed class Settings { public string Name { get; set; } = ""; }
            internal sealed class Invoice { public override string ToString() { Target.Touch(); return ""; } }
            """));
    }

    [Fact]
    public void Invoke_on_a_member_of_unknown_origin_opens_every_live_type()
    {
        var result = EarlyInitializerScenario.Verify("object job = Jobs.Make(); Jobs.Run(job, \"Start\");", """
            internal sealed class Job { public void Start() => Target.Touch(); }
            internal static class Jobs
            {
                internal static object Make() => new Job();
                internal static void Run(object o, string name) => o.GetType().GetMethod(name)!.Invoke(o, null);
            }
            """);

        Assert.Contains("Job.Start()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void Type_value_of_unknown_origin_reaching_an_annotated_parameter_falls_back_to_live_and_mentioned_types()
    {
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Factory.Make(Pick.Type()));", """
            internal sealed class Widget { public Widget() => Target.Touch(); }
            internal static class Pick { internal static Type Type() => typeof(Widget); }
            internal static class Factory { internal static object Make(Type type) => Activator.CreateInstance(type)!; }
            """);

        ResultAssert.ReachesTarget(result);
        Assert.Contains(result.Patches[0].Reflection, s => s.Rule == "live-and-mentioned-types" && s.Api == "Activator.CreateInstance()");
    }

    [Fact]
    public void Type_cast_from_an_object_has_an_origin_the_method_does_not_show()
    {
        // typeof(Label) is the only Type this method names, but the one cast from an object may be any type.
        var result = EarlyInitializerScenario.Verify("object boxed = Pick.Boxed(); Console.WriteLine(typeof(Label).Name + Activator.CreateInstance((Type)boxed));", """
            public sealed class Label { }
            internal sealed class Widget { public Widget() => Target.Touch(); }
            internal static class Pick { internal static object Boxed() => typeof(Widget); }
            """);

        Assert.Contains("Widget..ctor()", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }

    [Fact]
    public void RunClassConstructor_on_a_handle_of_unknown_origin_runs_the_static_constructors_of_mentioned_types()
    {
        var result = EarlyInitializerScenario.Verify("Runner.Run(typeof(Holder));", """
            internal static class Runner { internal static void Run(Type type) => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle); }
            internal static class Holder { static Holder() => Target.Touch(); }
            """);

        Assert.Contains("Holder..cctor", ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
    }
}
