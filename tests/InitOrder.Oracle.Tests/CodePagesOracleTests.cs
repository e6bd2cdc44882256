using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>Registering CodePagesEncodingProvider as a patch on System.Text.Encoding, with the 1252 capture before and after it.</summary>
[Collection(OracleCollection.Name)]
public sealed class CodePagesOracleTests(OracleLab lab)
{
    [Fact]
    public void Capture_in_an_earlier_static_constructor_is_flagged_sound_and_really_fails()
    {
        var outcome = lab.Outcome(OracleSamples.CodePagesEarly);

        OracleAssert.NoMisses(outcome);
        OracleAssert.ExpectedVerdicts(outcome);
        OracleAssert.OracleAgrees(outcome);
        Assert.Contains("[codepages] warm-up error: NotSupportedException", outcome.Run.StandardOutput);
        Assert.Contains("[codepages] export encoding unavailable", outcome.Run.StandardOutput);
    }

    [Fact]
    public void Capture_after_the_patch_is_clean_and_the_encoding_resolves()
    {
        var outcome = lab.Outcome(OracleSamples.CodePagesLate);

        OracleAssert.NoMisses(outcome);
        OracleAssert.ExpectedVerdicts(outcome);
        OracleAssert.OracleAgrees(outcome);
        Assert.Contains("[codepages] export encoding: windows-1252", outcome.Run.StandardOutput);
        Assert.Contains("[codepages] e-acute encodes to 0xE9", outcome.Run.StandardOutput);
    }
}
