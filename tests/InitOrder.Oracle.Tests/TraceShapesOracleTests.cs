using System.Linq;
using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// The shapes that gave false INIT301s when the trace counted mentions (issue 22), in one build: the oracle, which
/// shares the trace's rule, sees what the app prints, and the build keeps its sound over-approximation.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class TraceShapesOracleTests(OracleLab lab)
{
    private const string Prefix = "OracleTraceShapes.";

    private SampleOutcome Outcome => lab.Outcome(OracleSamples.TraceShapes);

    [Fact]
    public void A_patch_on_the_class_holding_the_app_s_module_initializer_is_clean_everywhere()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.Case(Outcome, Prefix + "StartupPatch.Configure");
        OracleAssert.AppSaw(Outcome, "shapes", "Startup", initializedBeforePatch: false);
        var output = Outcome.Run.StandardOutput;
        Assert.True(output.IndexOf("[shapes] patch ran", System.StringComparison.Ordinal) < output.IndexOf("[shapes] main init ran", System.StringComparison.Ordinal), output);
    }

    [Fact]
    public void A_target_named_only_in_a_dead_branch_is_flagged_by_the_build_and_untouched_at_run_time()
    {
        var patch = Outcome.Patch(Prefix + "TargetPatches.PatchDeadTarget");

        OracleAssert.NoMisses(Outcome);
        Assert.True(patch.IsFlagged, "the build counts every branch\n" + Comparison.SideBySide.Format(patch));
        Assert.False(patch.SawAnalysedTouch, "nothing of DeadTarget ran before its patch\n" + Comparison.SideBySide.Format(patch));
        OracleAssert.AppSaw(Outcome, "shapes", "DeadTarget", initializedBeforePatch: false);
    }

    [Fact]
    public void A_target_read_in_a_live_branch_is_flagged_and_its_touch_is_the_method_that_read_it()
    {
        OracleAssert.Case(Outcome, Prefix + "TargetPatches.PatchCounter");
        OracleAssert.AppSaw(Outcome, "shapes", "Counter", initializedBeforePatch: true);
        var touch = Outcome.Patch(Prefix + "TargetPatches.PatchCounter").Touches.Single(t => t.InAnalysedCode);
        Assert.Equal("OracleTraceShapes.LiveBranch.Run() ran OracleTraceShapes.Counter..cctor", touch.ToString());
    }
}
