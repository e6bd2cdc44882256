using System.Linq;
using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// One app, one configuration patch per semantic case (dispatch, delegates, state machines, generics, static
/// constructors, accessors, exception handlers, library initializers, patch classes with state), all reached first.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class SemanticsOracleTests(OracleLab lab)
{
    private SampleOutcome Outcome => lab.Outcome(OracleSamples.Semantics);

    [Fact]
    public void Nothing_that_touched_a_target_before_its_patch_is_missed() => OracleAssert.NoMisses(Outcome);

    [Fact]
    public void Every_case_is_reported_and_the_clean_controls_are_not() => OracleAssert.ExpectedVerdicts(Outcome);

    [Fact]
    public void Every_case_really_reached_its_target_before_its_patch() => OracleAssert.OracleAgrees(Outcome);

    [Fact]
    public void The_library_initializer_ran_while_the_plugins_patch_was_compiled_so_it_saw_the_old_mode()
    {
        var run = Outcome.Run;

        Assert.Contains("[semantics] plugins registered under mode default", run.StandardOutput);
        Assert.Contains("[semantics] patches applied: 30", run.StandardOutput);

        // The trace shows it from the JIT's own events: the registry's code ran inside the patch's compilation.
        var touch = Outcome.Patch("OracleSemantics.Configurations.ConfigurePlugins").Touches.First(t => t.InAnalysedCode);
        Assert.Equal("SemanticsPlugins.PluginsInitializer.Register() ran SemanticsPlugins.PluginRegistry..cctor while the JIT compiled OracleSemantics.Configurations.ConfigurePlugins()", touch.ToString());
    }
}
