using System.Threading.Tasks;

namespace InitOrder.Generator.Tests.Analyzers;

/// <summary>INIT102, direct: an earlier patch's own body touches a type that a later patch of the project targets.</summary>
public sealed class EarlierPatchRuleTests
{
    private const string Types = """
        namespace App;
        public static class Clock { public static string Source = "system"; public const int Ticks = 10; public static int Now() => 1; public static event System.Action? Changed; }
        public sealed class Logger { public static int Count { get; set; } }
        public static class Cache<T> { public static int Size; }
        public struct Point { public static int Origin; }

        """;

    [Fact]
    public Task Earlier_patch_reading_a_later_patch_target_is_INIT102_at_the_read_with_the_verifier_message()
    {
        return Direct.VerifyAsync(
            Types + """
            public static class Timer { public static int Resolution; }
            internal static class Patches
            {
                [InitOrder.InitPatch(typeof(Timer), Order = 1)]
                internal static void Tune()
                {
                    Timer.Resolution = {|#0:Clock.Source|}.Length + Clock.Source.Length;
                }

                [InitOrder.InitPatch(typeof(Clock), Order = 2)] internal static void UseFake() => Clock.Source = "fake";
            }
            """,
            Direct.Expect("INIT102", 0,
                "Patch 'App.Patches.UseFake' targets 'App.Clock', but 'Patches.Tune()' runs before it and reaches it: Patches.Tune() (Test0.cs:12) \u2192 Clock.Source. " +
                "Give this patch a lower Order than 'Patches.Tune()', or stop the earlier patch from touching the target."));
    }

    [Theory]
    [InlineData("{|#0:Clock.Now()|}", "Clock.Now()")]
    [InlineData("{|#0:Logger.Count|}", "Logger.get_Count()")]
    [InlineData("{|#0:new Logger()|}.GetHashCode()", "Logger..ctor()")]
    [InlineData("{|#0:Cache<int>.Size|}", "Cache.Size")]
    public Task Each_access_that_runs_a_static_constructor_counts_and_is_named_as_the_verifier_names_it(string access, string named)
    {
        var target = named.StartsWith("Cache") ? "App.Cache`1" : named.StartsWith("Logger") ? "App.Logger" : "App.Clock";
        var typeOf = named.StartsWith("Cache") ? "Cache<>" : named.Split('.')[0];
        return Direct.VerifyAsync(
            Types + $$"""
            internal static class First { [InitOrder.InitPatch(Assemblies = new[] { "App" })] internal static void Warm() => System.Console.WriteLine({{access}}); }
            internal static class Second { [InitOrder.InitPatch(typeof({{typeOf}}))] internal static void Configure() { } }
            """,
            Direct.Expect("INIT102", 0,
                $"Patch 'App.Second.Configure' targets '{target}', but 'First.Warm()' runs before it and reaches it: First.Warm() (Test0.cs:6) \u2192 {named}. " +
                "Give this patch a lower Order than 'First.Warm()', or stop the earlier patch from touching the target."));
    }

    [Theory]
    [InlineData("typeof(Clock).Name")]
    [InlineData("nameof(Clock.Source)")]
    [InlineData("Clock.Ticks")]
    [InlineData("new System.Func<int>(Clock.Now)")]
    [InlineData("new System.Func<string>(() => Clock.Source)")]
    [InlineData("new Logger[0]")]
    [InlineData("new Point()")]
    [InlineData("default(Point)")]
    public Task Accesses_that_run_no_static_constructor_with_the_patch_do_not_count(string expression)
    {
        return Direct.VerifyAsync(Types + $$"""
            internal static class First { [InitOrder.InitPatch(Assemblies = new[] { "App" })] internal static void Warm() => System.Console.WriteLine({{expression}}); }
            internal static class Second { [InitOrder.InitPatch(typeof(Clock), typeof(Point), typeof(Logger))] internal static void Configure() { } }
            """);
    }

    [Theory]
    [InlineData("Order = 1", "Order = 2", true)]
    [InlineData("Order = 2", "Order = 1", false)]
    [InlineData("Order = 0", "Order = 0", true)] // same Order: "App.A.Patch" runs before "App.B.Patch"
    public Task Only_a_later_patch_target_counts_in_the_generator_order(string orderA, string orderB, bool reported)
    {
        var read = reported ? "{|INIT102:Clock.Source|}" : "Clock.Source";
        return Direct.VerifyAsync(Types + $$"""
            internal static class A { [InitOrder.InitPatch(Assemblies = new[] { "App" }, {{orderA}})] internal static void Patch() => System.Console.WriteLine({{read}}); }
            internal static class B { [InitOrder.InitPatch(typeof(Clock), {{orderB}})] internal static void Patch() { } }
            """);
    }

    [Fact]
    public Task Two_later_patches_of_the_same_target_are_two_diagnostics_at_the_first_access()
    {
        return Direct.VerifyAsync(Types + """
            internal static class A { [InitOrder.InitPatch(Assemblies = new[] { "App" }, Order = -1)] internal static void Patch() => System.Console.WriteLine({|#0:Clock.Source|} + Clock.Source); }
            internal static class B { [InitOrder.InitPatch(typeof(Clock))] internal static void One() { } [InitOrder.InitPatch(typeof(Clock))] internal static void Two() { } }
            """,
            Direct.Expect("INIT102", 0, Message("App.B.One")),
            Direct.Expect("INIT102", 0, Message("App.B.Two")));

        static string Message(string patch) =>
            $"Patch '{patch}' targets 'App.Clock', but 'A.Patch()' runs before it and reaches it: A.Patch() (Test0.cs:6) \u2192 Clock.Source. " +
            "Give this patch a lower Order than 'A.Patch()', or stop the earlier patch from touching the target.";
    }

    [Theory]
    [InlineData("[InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock), Justification = \"reads the length only\")]", "", false)]
    [InlineData("[InitOrder.AcceptViolation(\"INIT102\", Patch = \"App.B.Patch\", Justification = \"reviewed\")]", "", false)]
    [InlineData("", "[assembly: InitOrder.AcceptViolation(\"INIT102\", Target = typeof(App.Clock), Justification = \"reviewed\")]", false)]
    [InlineData("", "[assembly: InitOrder.AcceptViolation(\"INIT102\", Patch = \"App.B.Patch\", Target = typeof(App.Clock), Justification = \"reviewed\")]", false)]
    [InlineData("[InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Logger), Justification = \"another target\")]", "", true)]
    [InlineData("[InitOrder.AcceptViolation(\"INIT102\", Patch = \"App.B.Other\", Justification = \"another patch\")]", "", true)]
    [InlineData("[InitOrder.AcceptViolation(\"INIT106\", Target = typeof(Clock), Justification = \"another code\")]", "", true)]
    [InlineData("[InitOrder.AcceptViolation(\"INIT102\", Target = typeof(Clock), Justification = \"\")]", "", true)]
    public Task AcceptViolation_on_the_earlier_patch_or_the_assembly_accepts_as_the_verifier_matches(string onMethod, string onAssembly, bool reported)
    {
        var read = reported ? "{|INIT102:Clock.Source|}" : "Clock.Source";
        return Direct.VerifyAsync(onAssembly + "\n" + Types + $$"""
            internal static class A { {{onMethod}} [InitOrder.InitPatch(Assemblies = new[] { "App" }, Order = 1)] internal static void Patch() => System.Console.WriteLine({{read}}); }
            internal static class B { [InitOrder.InitPatch(typeof(Clock), Order = 2)] internal static void Patch() { } }
            """);
    }
}
