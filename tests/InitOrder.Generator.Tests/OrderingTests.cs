using System.Linq;
using System.Text.RegularExpressions;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Tests.Infrastructure;

namespace InitOrder.Generator.Tests;

public sealed class OrderingTests
{
    private static string[] RunOrder(params (string Path, string Text)[] files)
    {
        var compilation = GeneratorHarness.Compile(new[] { ("/pkg/InitOrder.Bootstrap.cs", GeneratorHarness.BootstrapSource) }.Concat(files));
        var source = GeneratorHarness.Run(compilation).Source(InitPatchesEmitter.HintName);
        return Regex.Matches(source, @"s_applied\.Add\(""([^""]+)""\)").Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public void Ascending_order_then_ordinal_full_name_regardless_of_file_order()
    {
        const string b = "namespace N; static class B { [InitOrder.InitPatch(typeof(object))] internal static void M() { } [InitOrder.InitPatch(typeof(object), Order = 5)] internal static void Late() { } }";
        const string a = "namespace N; static class A { [InitOrder.InitPatch(typeof(object))] internal static void Z() { } [InitOrder.InitPatch(typeof(object), Order = -5)] internal static void Early() { } }";

        var forward = RunOrder(("/src/a.cs", a), ("/src/b.cs", b));
        var backward = RunOrder(("/src/b.cs", b), ("/src/a.cs", a));

        Assert.Equal(new[] { "N.A.Early", "N.A.Z", "N.B.M", "N.B.Late" }, forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Ties_use_ordinal_comparison_so_upper_case_sorts_before_lower_case()
    {
        var order = RunOrder(("/src/p.cs", "static class P { [InitOrder.InitPatch(typeof(object))] internal static void b() { } [InitOrder.InitPatch(typeof(object))] internal static void C() { } }"));

        Assert.Equal(new[] { "P.C", "P.b" }, order);
    }

    [Fact]
    public void Extreme_orders_do_not_overflow()
    {
        var order = RunOrder(("/src/p.cs", """
            static class P
            {
                [InitOrder.InitPatch(typeof(object), Order = int.MaxValue)] internal static void Max() { }
                [InitOrder.InitPatch(typeof(object), Order = int.MinValue)] internal static void Min() { }
                [InitOrder.InitPatch(typeof(object))] internal static void Zero() { }
            }
            """));

        Assert.Equal(new[] { "P.Min", "P.Zero", "P.Max" }, order);
    }

    [Fact]
    public void Compare_run_order_is_a_total_order_on_order_then_name()
    {
        var low = new Model.PatchModel("Z", "global::Z", -1, Model.EquatableArray<string>.Empty, Model.EquatableArray<string>.Empty, null);
        var high = low with { FullName = "A", Order = 1 };

        Assert.True(GenerationPlanner.CompareRunOrder(low, high) < 0);
        Assert.True(GenerationPlanner.CompareRunOrder(high, low) > 0);
        Assert.Equal(0, GenerationPlanner.CompareRunOrder(low, low));
    }
}
