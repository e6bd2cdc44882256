using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Reflection;

/// <summary>
/// Where the conservative rule stops: [RequiresUnreferencedCode] code is bounded at the call that enters it, Invoke on
/// a member found on a named type is bounded by that type, and a library's unbounded reflection acts on what its
/// callers hand it.
/// </summary>
public sealed class ReflectionBoundaryTests
{
    [Fact]
    public void Reflection_inside_requires_unreferenced_code_is_bounded_by_the_call_that_enters_it()
    {
        // Inside, Type.GetType(name) could name any type; the entering call gets the live-and-mentioned rule instead.
        var result = EarlyInitializerScenario.Verify("Console.WriteLine(Binder.Make<Settings>(\"x\"));", """
            [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Binds types by name.")]
            internal static class Binder
            {
                internal static object Make<T>(string name) => Activator.CreateInstance(Type.GetType(name)!)!;
            }
            internal sealed class Settings { public Settings() => Target.Touch(); }
            internal sealed class Unmentioned { public Unmentioned() => Target.Touch(); }
            """);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Binder.Make<Settings>()", "Settings..ctor()", "Target.Touch()" }, ResultAssert.Chain(violation));
        Assert.DoesNotContain(result.Patches[0].Reflection, s => s.Rule == "any-type");
    }

    [Fact]
    public void Invoke_on_a_method_found_on_a_named_type_reaches_only_that_types_methods()
    {
        // Without the bound, Invoke would open every member of every live type, Other included.
        ResultAssert.Clean(EarlyInitializerScenario.Verify("var other = new Other(); typeof(Plugin).GetMethod(\"Start\")!.Invoke(null, null); GC.KeepAlive(other);", """
            public static class Plugin { public static void Start() { } }
            internal sealed class Other { public void Later() => Target.Touch(); }
            """));
    }

    [Fact]
    public void Library_reflection_on_what_it_is_handed_reaches_the_apps_types_but_not_all_of_its_own()
    {
        var library = TestAssemblyBuilder.Create("Lib").WithoutGenerator().Source("Lib.cs", """
            namespace Lib
            {
                public static class Dumper
                {
                    public static string Dump(object value) => string.Join(",", System.Linq.Enumerable.Select(value.GetType().GetProperties(), p => p.GetValue(value)));
                    public static object Internal() => new Helper();
                }
                internal sealed class Helper { public int Risky => Sample.Target.Value; }
            }
            namespace Sample { public static class Target { public static int Value; } }
            """).Emit();
        var app = TestAssemblyBuilder.Create("App").Reference(library).Source("Early.cs", """
            namespace Sample
            {
                internal sealed class Order { public int Total => Target.Value; }
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(Lib.Dumper), Order = 1)]
                    internal static void Dump() { Lib.Dumper.Internal(); System.Console.WriteLine(Lib.Dumper.Dump(new Order())); }

                    [InitOrder.InitPatch(typeof(Target), Order = 2)]
                    internal static void PatchTarget() { }
                }
            }
            """).Bootstrap().Emit();

        var violation = ResultAssert.ReachesTarget(app.Verify(), "INIT102", "Sample.Patches.PatchTarget", "Sample.Target");

        // The app's Order is reached by reflection; the library's own live Helper is not (its Risky getter would be too).
        Assert.Contains("Order.get_Total()", ResultAssert.Chain(violation));
        Assert.DoesNotContain(app.Verify().Violations, v => System.Array.Exists(ResultAssert.Chain(v), s => s.Contains("Helper")));
    }

    [Theory]
    [InlineData("string.Join(\",\", System.Linq.Enumerable.Select(value.GetType().GetProperties(), p => p.GetValue(value)))")]
    [InlineData("value.GetType().GetProperty(\"Risky\")?.GetValue(value)?.ToString() ?? \"\"")]
    public void Library_reflection_reaches_another_librarys_own_types_that_its_first_call_skipped(string dump)
    {
        // LibA's unbounded call skips LibA's own Helper; LibB's call with the same members is handed a Helper and reads it.
        CompiledAssembly Dumper(string name, string extra) => TestAssemblyBuilder.Create(name).WithoutGenerator().Source(name + ".cs", "namespace " + name + """

            {
                public static class Dumper
                {
                    public static string Dump(object value) =>
            """ + dump + ";\n" + extra + """

                }
            }
            """).Emit();
        var libA = Dumper("LibA", """
                    public static object Internal() => new Helper();
                }
                public static class Target { public static int Value; }
                internal sealed class Helper
                {
                    public int Risky => Target.Value;
            """);
        var libB = Dumper("LibB", "");
        var app = TestAssemblyBuilder.Create("App").Reference(libA).Reference(libB).Source("Early.cs", """
            namespace Sample
            {
                internal sealed class Quiet { public int Size => 1; }
                internal static class Patches
                {
                    [InitOrder.InitPatch(typeof(LibA.Dumper), Order = 1)]
                    internal static void Dump() { System.Console.WriteLine(LibA.Dumper.Dump(new Quiet()) + LibB.Dumper.Dump(LibA.Dumper.Internal())); }

                    [InitOrder.InitPatch(typeof(LibA.Target), Order = 2)]
                    internal static void PatchTarget() { }
                }
            }
            """).Bootstrap().Emit();

        Assert.Contains("Helper.get_Risky()", ResultAssert.Chain(ResultAssert.ReachesTarget(app.Verify(), "INIT102", "Sample.Patches.PatchTarget", "LibA.Target")));
    }
}
