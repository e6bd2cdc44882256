using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>Npgsql's EnableLegacyTimestampBehavior switch as a patch on assembly Npgsql, after and before other Npgsql use.</summary>
[Collection(OracleCollection.Name)]
public sealed class NpgsqlOracleTests(OracleLab lab)
{
    [Fact]
    public void Earlier_patch_using_Npgsql_is_flagged_sound_and_the_switch_is_really_lost()
    {
        var outcome = lab.Outcome(OracleSamples.NpgsqlEarly);

        OracleAssert.NoMisses(outcome);
        OracleAssert.ExpectedVerdicts(outcome);
        OracleAssert.OracleAgrees(outcome);
        Assert.Contains("[npgsql] DbType.DateTime maps to TimestampTz", outcome.Run.StandardOutput);
    }

    [Fact]
    public void Switch_first_is_clean_and_takes_effect()
    {
        var outcome = lab.Outcome(OracleSamples.NpgsqlLate);

        OracleAssert.NoMisses(outcome);
        OracleAssert.ExpectedVerdicts(outcome);
        OracleAssert.OracleAgrees(outcome);
        Assert.Contains("[npgsql] DbType.DateTime maps to Timestamp\n", outcome.Run.StandardOutput.Replace("\r", ""));
    }
}
