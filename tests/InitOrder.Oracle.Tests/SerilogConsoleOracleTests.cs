using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Serilog configured with the console sink in a patch. Serilog calls object.ToString() on what it renders; only
/// the objects that exist by then can be reached that way.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class SerilogConsoleOracleTests(OracleLab lab)
{
    private SampleOutcome Outcome => lab.Outcome(OracleSamples.SerilogConsole);

    [Fact]
    public void Start_up_patches_are_clean_and_the_build_has_no_problems()
    {
        OracleAssert.ProblemFreeAndComplete(Outcome);
        OracleAssert.Case(Outcome, "OracleSerilogConsole.LoggingStartup.ConfigureLogging");
        OracleAssert.Case(Outcome, "OracleSerilogConsole.LoggingStartup.LogFirstShipment");
    }

    [Fact]
    public void ToString_of_a_type_nothing_has_created_is_clean()
    {
        OracleAssert.Case(Outcome, "OracleSerilogConsole.TargetPatches.PatchClock");
        OracleAssert.AppSaw(Outcome, "serilog-console", "Clock", initializedBeforePatch: false);
        Assert.Contains("Starting with 4 workers", Outcome.Run.StandardOutput);
    }

    [Fact]
    public void ToString_of_a_logged_object_is_flagged()
    {
        OracleAssert.Case(Outcome, "OracleSerilogConsole.TargetPatches.PatchCarrier");
        OracleAssert.FlaggedFrom(Outcome, "OracleSerilogConsole.TargetPatches.PatchCarrier", "OracleSerilogConsole.LoggingStartup.LogFirstShipment()", "LoggingStartup.cs");
        OracleAssert.AppSaw(Outcome, "serilog-console", "Carrier", initializedBeforePatch: true);
        Assert.Contains("Shipped P-1 via post", Outcome.Run.StandardOutput);
    }
}
