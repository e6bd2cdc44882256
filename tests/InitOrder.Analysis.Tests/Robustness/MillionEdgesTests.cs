using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// A call graph of a million edges: a thousand methods that each call the same thousand others. The only
/// way to the target is through the last of those, so the whole graph has to be built to find it.
/// </summary>
public sealed class MillionEdgesTests
{
    private const int LayerSize = 1000;

    [Fact]
    public void Violation_behind_a_million_edges_is_found()
    {
        var fixture = new FixtureAssemblyBuilder("MillionEdges");
        var callers = fixture.Type("Sample", "Callers");
        var callees = fixture.Type("Sample", "Callees");
        for (int i = 0; i < LayerSize; i++)
        {
            bool last = i == LayerSize - 1;
            callees.Method("B" + i, il => (last ? il.ReadField(fixture.TargetValue) : il).Ret());
        }

        for (int i = 0; i < LayerSize; i++)
        {
            callers.Method("A" + i, il =>
            {
                foreach (var callee in callees.Methods)
                {
                    il.Call(callee);
                }

                il.Ret();
            });
        }

        fixture.EarlyInit.Body = il =>
        {
            foreach (var caller in callers.Methods)
            {
                il.Call(caller);
            }

            il.Ret();
        };

        var result = BoundedRun.Verify(fixture.Emit(), BoundedRun.LargeFixtureHangBound);

        var violation = ResultAssert.ReachesTarget(result);
        Assert.Equal(new[] { "Early.Init()", "Callers.A0()", "Callees.B999()", "Target.Value" }, ResultAssert.Chain(violation));
        Assert.True(result.Stats.Edges >= LayerSize * LayerSize, result.Stats.Edges + " edges");
        Assert.InRange(result.Stats.MethodsAnalysed, 2 * LayerSize, 2 * LayerSize + 10);
    }
}
