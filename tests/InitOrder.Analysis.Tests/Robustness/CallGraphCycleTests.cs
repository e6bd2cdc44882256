using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Robustness;

/// <summary>
/// Call graphs with cycles: the search ends, analyses each method once, and reports the shortest chain.
/// Every fixture also has a clean twin, so "no violation" cannot come from a search that gave up.
/// </summary>
public sealed class CallGraphCycleTests
{
    private const int RingSize = 10_000;
    private const int CliqueSize = 300;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Self_recursion(bool touchesTarget)
    {
        var fixture = new FixtureAssemblyBuilder("SelfRecursion");
        var loop = fixture.Type("Sample", "Loop").Method("Again", il => il.Ret());
        loop.Body = il => Touch(il.Call(loop), fixture, touchesTarget).Ret();
        fixture.EarlyInit.Body = il => il.Call(loop).Ret();

        var result = BoundedRun.Verify(fixture.Emit());

        AssertOutcome(result, touchesTarget, "Early.Init()", "Loop.Again()", "Target.Value");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ring_of_ten_thousand_methods(bool touchesTarget)
    {
        var fixture = new FixtureAssemblyBuilder("Ring");
        var ring = fixture.Type("Sample", "Ring");
        var members = Enumerable.Range(0, RingSize).Select(i => ring.Method("R" + i, il => il.Ret())).ToArray();
        for (int i = 0; i < RingSize; i++)
        {
            var next = members[(i + 1) % RingSize];
            bool touches = touchesTarget && i == RingSize / 2;
            members[i].Body = il => Touch(il.Call(next), fixture, touches).Ret();
        }

        // Enter the ring in the middle, so the way to the target wraps around past the last row.
        fixture.EarlyInit.Body = il => il.Call(members[RingSize / 2 + 1]).Ret();

        var result = BoundedRun.Verify(fixture.Emit(), BoundedRun.LargeFixtureHangBound);

        AssertAnalysedOnce(result, RingSize);
        if (touchesTarget)
        {
            var chain = ResultAssert.Chain(ResultAssert.ReachesTarget(result));
            Assert.Equal(RingSize + 2, chain.Length);
            Assert.Equal(("Ring.R5001()", "Ring.R0()", "Ring.R5000()", "Target.Value"), (chain[1], chain[RingSize / 2], chain[^2], chain[^1]));
        }
        else
        {
            ResultAssert.Clean(result);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_method_calling_every_other_gives_the_shortest_chain(bool touchesTarget)
    {
        var fixture = new FixtureAssemblyBuilder("Clique");
        var clique = fixture.Type("Sample", "Clique");
        var members = Enumerable.Range(0, CliqueSize).Select(i => clique.Method("K" + i, il => il.Ret())).ToArray();
        foreach (var member in members)
        {
            bool touches = touchesTarget && member == members[^1];
            member.Body = il =>
            {
                foreach (var other in members)
                {
                    il.Call(other);
                }

                Touch(il, fixture, touches).Ret();
            };
        }

        fixture.EarlyInit.Body = il => il.Call(members[0]).Ret();

        var result = BoundedRun.Verify(fixture.Emit(), BoundedRun.LargeFixtureHangBound);

        AssertAnalysedOnce(result, CliqueSize);
        Assert.True(result.Stats.Edges >= CliqueSize * CliqueSize, result.Stats.Edges + " edges");
        AssertOutcome(result, touchesTarget, "Early.Init()", "Clique.K0()", "Clique.K299()", "Target.Value");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Static_constructors_that_trigger_each_other(bool touchesTarget)
    {
        var fixture = new FixtureAssemblyBuilder("ConstructorCycle");
        var first = fixture.Type("Sample", "First");
        var second = fixture.Type("Sample", "Second");
        var firstValue = first.Field("Value");
        var secondValue = second.Field("Value");
        first.Method(".cctor", il => il.ReadField(secondValue).Ret());
        second.Method(".cctor", il => Touch(il.ReadField(firstValue), fixture, touchesTarget).Ret());
        fixture.EarlyInit.Body = il => il.ReadField(firstValue).Ret();

        var result = BoundedRun.Verify(fixture.Emit());

        AssertOutcome(result, touchesTarget, "Early.Init()", "First..cctor", "Second..cctor", "Target.Value");
    }

    private static FixtureIL Touch(FixtureIL il, FixtureAssemblyBuilder fixture, bool touches) => touches ? il.ReadField(fixture.TargetValue) : il;

    private static void AssertOutcome(VerificationResult result, bool touchesTarget, params string[] expectedChain)
    {
        if (touchesTarget)
        {
            Assert.Equal(expectedChain, ResultAssert.Chain(ResultAssert.ReachesTarget(result)));
        }
        else
        {
            ResultAssert.Clean(result);
        }
    }

    /// <summary>Each method of the cycle was analysed, and none twice: the fixture has only a handful of other methods.</summary>
    private static void AssertAnalysedOnce(VerificationResult result, int cycleMethods) =>
        Assert.InRange(result.Stats.MethodsAnalysed, cycleMethods, cycleMethods + 10);
}
