namespace InitOrder.Oracle.Tests.Unit;

/// <summary>Which compilation was open when another method started compiling, on traces made by hand.</summary>
public sealed class CompilationNestingTests
{
    [Fact]
    public void A_method_compiled_between_another_s_start_and_finish_ran_on_the_JIT_s_behalf()
    {
        var trace = new TraceBuilder().Start("Outer").Compile("Inner").Compile("Deeper").Finish("Outer").Compile("After").Build();

        Assert.Equal("Outer", trace.CompilingWhen(1)?.MethodName);
        Assert.Equal("Outer", trace.CompilingWhen(3)?.MethodName);
        Assert.Null(trace.CompilingWhen(6));
        Assert.Null(trace.CompilingWhen(0));
    }

    [Fact]
    public void A_compilation_that_never_finished_encloses_nothing()
    {
        var trace = new TraceBuilder().Start("Crashed").Compile("Next").Build();

        Assert.Null(trace.CompilingWhen(1));
    }
}
