using System.Linq;
using System.Text.RegularExpressions;
using InitOrder.Oracle.Tests.Samples;

namespace InitOrder.Oracle.Tests;

/// <summary>
/// Issue 21's idioms as a user gets them: the samples that carry them (attributes read by reflection, converters,
/// validation, constant-name lookups; exit handlers, stored callbacks, Lazy and DI factories, NLog; EF Core in a patch)
/// built again with the packed package's MSBuild task verifying. Its errors must be exactly the violations the
/// in-process verifier found on the same assembly, which the other oracle tests hold to the run's truth, and the build
/// fails exactly when there is one.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class PackedBuildOracleTests(OracleLab lab)
{
    public static TheoryData<string> Samples => new() { "Attributes", "Deferred", "EfCore" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_packed_tasks_build_reports_the_violations_the_oracle_holds(string name)
    {
        var sample = OracleSamples.All.Single(s => s.Name == name && s.Variant is null);
        var expected = lab.Outcome(sample).Verification.Violations.Select(v => v.Code + ": " + Heading(v.Message)).Distinct().Order().ToList();

        var started = System.DateTime.UtcNow.AddSeconds(-2);
        var build = lab.BuildWithVerifier(sample);
        // The task ran on this build (a clean sample's build says nothing else): it wrote the report beside the assembly's obj folder.
        string report = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(lab.Outcome(sample).Project)!, "obj", "Debug", "net10.0", "InitOrder.report.json");
        Assert.True(System.IO.File.Exists(report) && System.IO.File.GetLastWriteTimeUtc(report) >= started, "no report from this build: " + build);

        // Not MsBuildDiagnostic.Parse: it keeps one diagnostic per position, and one root reaching two targets is two errors at one position.
        var reported = Regex.Matches(build.Output, @"(?:error|warning) (?<code>INIT1\d\d): (?<message>[^\n]*?)(?: \[[^\]\n]+\])?$", RegexOptions.Multiline)
            .Select(m => m.Groups["code"].Value + ": " + Heading(m.Groups["message"].Value)).Distinct().Order().ToList();
        Assert.True(expected.SequenceEqual(reported), "in-process:\n" + string.Join("\n", expected) + "\n\npacked task's build:\n" + build);
        Assert.True((build.ExitCode == 0) == (expected.Count == 0), build.ToString());
    }

    /// <summary>A message up to its first ": ": who is reached by whom, before the chain, whose paths each side may map its own way.</summary>
    private static string Heading(string message)
    {
        int colon = message.IndexOf(": ", System.StringComparison.Ordinal);
        return colon < 0 ? message : message.Substring(0, colon);
    }
}
