using System.Linq;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>Which first runs count as "before the patch", on traces made by hand.</summary>
public sealed class PatchWindowTests
{
    [Fact]
    public void Methods_compiled_before_the_patch_count_and_the_patch_body_does_not()
    {
        var trace = new TraceBuilder().Compile("Early").Compile("Early.cctor").Compile("Patch").Compile("Callee", "Patch").Compile("Main");

        Assert.Equal(new[] { "Early", "Early.cctor" }, Names(trace, "Patch", null));
    }

    [Fact]
    public void Module_initializer_run_while_the_patch_is_compiled_counts()
    {
        var trace = new TraceBuilder().Start("Patch").Compile("Lib.ModuleCctor").Compile("Lib.Init", "Lib.ModuleCctor").Finish("Patch").Compile("Callee", "Patch");

        Assert.Equal(new[] { "Lib.ModuleCctor", "Lib.Init" }, Names(trace, "Patch", null));
    }

    [Fact]
    public void Static_constructor_of_the_patch_class_run_on_entry_counts_with_what_it_calls()
    {
        var trace = new TraceBuilder()
            .Compile("Patch").Compile("Patch.cctor", "Patch").Compile("Seed", "Patch.cctor", "Patch").Compile("Seed.cctor", "Seed", "Patch.cctor", "Patch")
            .Compile("BodyCallee", "Patch");

        Assert.Equal(new[] { "Patch.cctor", "Seed", "Seed.cctor" }, Names(trace, "Patch", "Patch.cctor"));
    }

    [Fact]
    public void Static_constructor_of_the_patch_class_later_in_the_body_does_not_count()
    {
        var trace = new TraceBuilder().Compile("Patch").Compile("BodyCallee", "Patch").Compile("Patch.cctor", "BodyCallee", "Patch");

        Assert.Empty(Names(trace, "Patch", "Patch.cctor"));
    }

    [Fact]
    public void Recompilation_at_a_higher_tier_is_not_a_first_run()
    {
        var trace = new TraceBuilder().Compile("Helper").Compile("Helper").Compile("Patch");

        Assert.Equal(new[] { "Helper" }, Names(trace, "Patch", null));
    }

    [Fact]
    public void A_patch_that_never_ran_is_an_error_not_an_empty_window()
    {
        var trace = new TraceBuilder().Compile("Early");

        Assert.Throws<System.InvalidOperationException>(() => Names(trace, "Patch", null));
    }

    private static string[] Names(TraceBuilder trace, string patch, string? classConstructor)
    {
        var built = trace.Build();
        var window = PatchWindow.Before(built, trace.Key(patch), classConstructor is null ? null : trace.Key(classConstructor));
        return window.Select(m => m.MethodName).ToArray();
    }
}
