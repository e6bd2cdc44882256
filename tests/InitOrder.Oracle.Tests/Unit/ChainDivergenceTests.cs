using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>
/// Where a chain leaves the run: its steps are short names with notes and locations, the trace's are full names with
/// generic arity; the first step that never ran is found through both.
/// </summary>
public sealed class ChainDivergenceTests
{
    private const string Chain =
        "Startup.Run() (Startup.cs:4) \u2192 Cache.Get() \u21D2 (reflection) Converter.Read<Invoice>() [live: Converter created in Cache.Get()] \u2192 Rules..cctor";

    [Fact]
    public void The_edge_into_the_first_step_that_never_ran_is_named()
    {
        var divergence = new ChainDivergence(new[] { "App.Startup.Run()", "App.Cache`1.Get()" });

        Assert.Equal("Cache.Get() \u21D2 (reflection) Converter.Read<Invoice>() [live: Converter created in Cache.Get()]", divergence.FirstEdgeNotRun(Chain));
    }

    [Fact]
    public void A_direct_call_that_never_ran_is_named_with_its_arrow()
    {
        var divergence = new ChainDivergence(new[] { "App.Startup.Run()", "App.Cache.Get()", "App.Converter.Read()" });

        Assert.Equal("(reflection) Converter.Read<Invoice>() [live: Converter created in Cache.Get()] \u2192 Rules..cctor", divergence.FirstEdgeNotRun(Chain));
    }

    [Fact]
    public void A_chain_whose_steps_all_ran_has_no_divergence()
    {
        var divergence = new ChainDivergence(new[] { "App.Startup.Run()", "App.Cache.Get()", "App.Converter.Read()", "App.Rules..cctor" });

        Assert.Null(divergence.FirstEdgeNotRun(Chain));
    }

    [Fact]
    public void A_step_matches_only_a_whole_name_segment()
    {
        // "MyCache.Get()" ran, "Cache.Get()" did not: a suffix inside a name is no match.
        var divergence = new ChainDivergence(new[] { "App.Startup.Run()", "App.MyCache.Get()" });

        Assert.StartsWith("Startup.Run() (Startup.cs:4) \u2192 Cache.Get()", divergence.FirstEdgeNotRun(Chain));
    }
}
