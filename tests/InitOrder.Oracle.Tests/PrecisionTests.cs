using System.IO;
using System.Linq;
using InitOrder.Oracle.Tests.Samples;
using Xunit.Abstractions;

namespace InitOrder.Oracle.Tests;

/// <summary>The over-approximation figure over every sample (printed and written to artifacts/oracle/precision.md, with the predictions that did not run in unconfirmed.md).</summary>
[Collection(OracleCollection.Name)]
public sealed class PrecisionTests(OracleLab lab, ITestOutputHelper output)
{
    [Fact]
    public void Precision_is_measured_for_every_sample()
    {
        var outcomes = OracleSamples.All.Select(lab.Outcome).ToList();

        string table = PrecisionTable.Dated(outcomes);
        output.WriteLine(table);
        Directory.CreateDirectory(Path.GetDirectoryName(OracleLab.PrecisionFile)!);
        File.WriteAllText(OracleLab.PrecisionFile, table);
        File.WriteAllText(OracleLab.UnconfirmedFile, PrecisionTable.Unconfirmed(outcomes));

        // A figure, not a gate: but it must be measured on real predictions, and a prediction that never ran before
        // a patch can only be an over-approximation, never more than was predicted.
        Assert.All(outcomes, o => Assert.InRange(o.Confirmed, 0, o.Predicted));
        Assert.True(outcomes.Sum(o => o.Predicted) > 0, table);
        Assert.True(outcomes.Sum(o => o.Confirmed) > 0, table);
    }
}
