using System.Linq;
using InitOrder.Oracle.Tests.Comparison;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>The checks every sample gets.</summary>
public static class OracleAssert
{
    /// <summary>Soundness: nothing that really ran before a patch and touched its target went unreported.</summary>
    public static void NoMisses(SampleOutcome outcome)
    {
        var missed = outcome.Patches.Where(p => p.Misses.Count > 0).ToList();
        Assert.True(missed.Count == 0, outcome.Sample + ": the verifier missed what ran before " + missed.Count + " patch(es)\n\n" + string.Join("\n", missed.Select(SideBySide.Format)));
    }

    /// <summary>Flagged patches are reported (and the oracle saw the touch happen); clean ones are neither.</summary>
    public static void ExpectedVerdicts(SampleOutcome outcome)
    {
        Assert.Empty(outcome.Verification.Problems.Where(p => p.Severity != ProblemSeverity.Message).Select(p => p.Code + ": " + p.Message));
        Assert.Equal(outcome.Sample.Flagged.Keys.OrderBy(k => k), outcome.Patches.Select(p => p.Patch.Method).OrderBy(k => k));
        foreach (var (method, flagged) in outcome.Sample.Flagged)
        {
            var patch = outcome.Patch(method);
            Assert.True(patch.IsFlagged == flagged, $"{method}: expected {(flagged ? "a violation" : "no violation")}\n{SideBySide.Format(patch)}");
        }
    }

    /// <summary>The run itself shows each flagged case touching its target first, and nothing touching a clean one.</summary>
    public static void OracleAgrees(SampleOutcome outcome)
    {
        foreach (var (method, flagged) in outcome.Sample.Flagged)
        {
            var patch = outcome.Patch(method);
            Assert.True(patch.SawAnalysedTouch == flagged, $"{method}: the oracle {(flagged ? "saw nothing touch the target first" : "saw the target touched first")}\n{SideBySide.Format(patch)}");
        }
    }
}
