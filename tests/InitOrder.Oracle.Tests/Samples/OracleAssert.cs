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
        ProblemFreeAndComplete(outcome);
        foreach (var (method, flagged) in outcome.Sample.Flagged)
        {
            Verdict(method, flagged, outcome.Patch(method));
        }
    }

    /// <summary>The verifier had nothing to complain about but violations, and found exactly the sample's patches.</summary>
    public static void ProblemFreeAndComplete(SampleOutcome outcome)
    {
        Assert.Empty(outcome.Verification.Problems.Where(p => p.Severity != ProblemSeverity.Message).Select(p => p.Code + ": " + p.Message));
        Assert.Equal(outcome.Sample.Flagged.Keys.OrderBy(k => k), outcome.Patches.Select(p => p.Patch.Method).OrderBy(k => k));
    }

    /// <summary>The run itself shows each flagged case touching its target first, and nothing touching a clean one.</summary>
    public static void OracleAgrees(SampleOutcome outcome)
    {
        foreach (var (method, flagged) in outcome.Sample.Flagged)
        {
            Agrees(method, flagged, outcome.Patch(method));
        }
    }

    /// <summary>
    /// One patch of a sample, on its own: sound, with the expected verdict, and the run agreeing. Samples that pair
    /// a flagged and a clean case in one build check each case with this, so a failure names the case.
    /// </summary>
    public static void Case(SampleOutcome outcome, string method)
    {
        var patch = outcome.Patch(method);
        bool flagged = outcome.Sample.Flagged[method];
        Assert.True(patch.Misses.Count == 0, outcome.Sample + ", " + method + ": the verifier missed what ran before the patch\n\n" + SideBySide.Format(patch));
        Verdict(method, flagged, patch);
        Agrees(method, flagged, patch);
    }

    /// <summary>
    /// A flagged case points the user at the code that starts it: some violation of the patch has its chain begin in
    /// <paramref name="root"/> (full name, as <c>Ns.Type.Method()</c>), located in the source file <paramref name="file"/>.
    /// </summary>
    public static void FlaggedFrom(SampleOutcome outcome, string method, string root, string file)
    {
        var patch = outcome.Patch(method);
        Assert.True(
            patch.Violations.Any(v => v.Chain.Count > 0 && v.Chain[0].Method == root && v.Location is { } at && System.IO.Path.GetFileName(at.FilePath) == file),
            $"{method}: no violation starts in {root} ({file})\n{SideBySide.Format(patch)}");
    }

    /// <summary>The app printed, from the target's own static constructor, whether its patch had started.</summary>
    public static void AppSaw(SampleOutcome outcome, string sample, string target, bool initializedBeforePatch) =>
        Assert.Contains("[" + sample + "] " + target + " initialized " + (initializedBeforePatch ? "before" : "after") + " its patch", outcome.Run.StandardOutput);

    private static void Verdict(string method, bool flagged, PatchComparison patch) =>
        Assert.True(patch.IsFlagged == flagged, $"{method}: expected {(flagged ? "a violation" : "no violation")}\n{SideBySide.Format(patch)}");

    private static void Agrees(string method, bool flagged, PatchComparison patch) =>
        Assert.True(patch.SawAnalysedTouch == flagged, $"{method}: the oracle {(flagged ? "saw nothing touch the target first" : "saw the target touched first")}\n{SideBySide.Format(patch)}");
}
