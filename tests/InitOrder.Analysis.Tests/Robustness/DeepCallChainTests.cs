using System.Text.Json;
using InitOrder.Analysis.Reports;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// A 100,000-deep call chain from an earlier module initializer to the patch's target. The verifier and both
/// reports run on a thread with a 256 KB stack: anything that recursed once per link would overflow it and
/// take the test process down, which is the failure this test exists to show.
/// </summary>
public sealed class DeepCallChainTests
{
    private const int Depth = 100_000;
    private const int SmallStack = 256 * 1024;

    [Fact]
    public void Violation_at_the_end_of_a_100000_deep_chain_is_found_on_a_small_stack()
    {
        var fixture = new FixtureAssemblyBuilder("DeepChain");
        var chain = fixture.Type("Sample", "Chain");
        var links = new FixtureMethod[Depth];
        for (int i = Depth - 1; i >= 0; i--)
        {
            var next = i == Depth - 1 ? null : links[i + 1];
            links[i] = chain.Method("M" + i, il => (next is null ? il.Call(fixture.TargetTouch) : il.Call(next)).Ret());
        }

        // Methods were added deepest first; the chain runs M0 -> M1 -> ... whatever the row order.
        fixture.EarlyInit.Body = il => il.Call(links[0]).Ret();
        var assembly = fixture.Emit();

        var (result, json, markdown) = BoundedRun.RunOnSmallStack(
            () =>
            {
                var verified = assembly.Verify();
                return (verified, ReportJsonWriter.Write(verified), ReportMarkdownWriter.Write(verified));
            },
            SmallStack,
            BoundedRun.LargeFixtureHangBound,
            "Verify and reports of a 100,000-deep chain");

        var violation = ResultAssert.ReachesTarget(result);
        var steps = ResultAssert.Chain(violation);
        Assert.Equal(Depth + 2, steps.Length);
        Assert.Equal(("Early.Init()", "Chain.M0()", "Chain.M99999()", "Target.Touch()"), (steps[0], steps[1], steps[^2], steps[^1]));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(Depth + 2, document.RootElement.GetProperty("violations")[0].GetProperty("chain").GetArrayLength());
        Assert.Contains("\n100001. `Chain.M99999()` refers to `Target.Touch()`\n", markdown);
    }
}
