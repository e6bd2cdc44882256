using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>A static readonly Serilog logger taken before the logging configuration patch ran.</summary>
[Collection(OracleCollection.Name)]
public sealed class SerilogOracleTests(OracleLab lab)
{
    [Fact]
    public void Logger_captured_before_configuration_is_flagged_sound_and_really_silent()
    {
        var outcome = lab.Outcome(OracleSamples.Serilog);

        OracleAssert.NoMisses(outcome);
        OracleAssert.ExpectedVerdicts(outcome);
        OracleAssert.OracleAgrees(outcome);
        Assert.Contains("[serilog] captured 1 event(s); worker events: 0", outcome.Run.StandardOutput);
    }
}
