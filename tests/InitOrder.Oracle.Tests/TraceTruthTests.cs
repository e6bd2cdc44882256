using System.IO;
using System.Linq;
using InitOrder.Oracle.Tests.Samples;
using InitOrder.Oracle.Tests.Truth;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// <c>initorder trace</c> against printed truth on the samples whose targets print, from their own static constructor,
/// whether their patch had started: the trace must flag exactly the targets printed as initialized before their
/// patch. The runs are the oracle's own (one build and run per sample serves every test). The fuzz's programs are
/// held to the same truth in <see cref="DifferentialFuzzTests"/>.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class TraceTruthTests(OracleLab lab)
{
    public static TheoryData<string> PrintingSamples => new() { "Hosting", "Serializers", "SerilogConsole", "DataAccess", "TraceShapes" };

    [Theory]
    [MemberData(nameof(PrintingSamples))]
    public void The_trace_flags_exactly_the_targets_the_run_printed_as_initialized_before_their_patch(string name)
    {
        var sample = OracleSamples.All.Append(OracleSamples.TraceShapes).Single(s => s.Name == name && s.Variant is null);
        var outcome = lab.Outcome(sample);
        var truth = PrintedTruth.Parse(outcome.Run.StandardOutput);

        var trace = TraceVerdicts.Read(outcome.Assembly, outcome.Trace, Path.GetDirectoryName(outcome.Assembly)!);
        var comparison = TruthComparison.Of(outcome.Verification.Patches, truth, trace, unprintedIsUntouched: false);

        Assert.True(truth.Count > 0 && comparison.Judged == truth.Count, name + ": every printed target must be judged\n" + comparison + "\n" + outcome.Run.StandardOutput);
        Assert.True(comparison.Disagreements == 0, name + ": " + comparison);
    }
}
