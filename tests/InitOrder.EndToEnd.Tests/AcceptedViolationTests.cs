using System.IO;
using System.Linq;
using System.Text.Json;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>A reviewed violation accepted in code: the build passes, the reports keep the audit trail, a stale one warns.</summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class AcceptedViolationTests(PackedPackageFixture package)
{
    private const string Justification = "Tune() reads only Source.Length, which the fake clock keeps.";

    private static string Source(string read) => ClockApp.TuneReadsClockFirst(
        read: read,
        header: "[assembly: InitOrder.AcceptViolation(\"INIT102\", Target = typeof(App.Clock), Justification = \"" + Justification + "\")]");

    [Fact]
    public void Accepted_violation_passes_the_build_is_in_the_reports_and_warns_once_it_no_longer_matches()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", Source("Clock.Source.Length"));

        var accepted = app.Build("-v:n");

        BuildAssert.Succeeded(accepted);
        Assert.DoesNotContain(MsBuildDiagnostic.Parse(accepted.Output), d => d.Code.StartsWith("INIT"));
        Assert.Contains("0 violation(s) (1 accepted).", accepted.Output);
        using (var report = JsonDocument.Parse(File.ReadAllText(app.IntermediateFile("InitOrder.report.json"))))
        {
            var entry = report.RootElement.GetProperty("accepted").EnumerateArray().Single();
            Assert.Equal("INIT102", entry.GetProperty("code").GetString());
            Assert.Equal(Justification, entry.GetProperty("justification").GetString());
            Assert.Equal("assembly", entry.GetProperty("acceptedAt").GetString());
        }

        Assert.Contains(Justification, File.ReadAllText(app.IntermediateFile("InitOrder.report.md")));
        Assert.Contains("\"suppressions\"", File.ReadAllText(app.IntermediateFile("InitOrder.report.sarif")));

        app.WithFile("App.cs", Source("42"));

        // The project's own TreatWarningsAsErrors=true turns the stale acceptance into an error, like any other warning.
        BuildAssert.FailedWithSingle(app.Build(), "INIT105");

        // A failed verification runs again on the next build; without TreatWarningsAsErrors it is a warning.
        var stale = app.Build("-p:TreatWarningsAsErrors=false");

        BuildAssert.Succeeded(stale);
        var warning = Assert.Single(MsBuildDiagnostic.Parse(stale.Output), d => d.Code == "INIT105");
        Assert.Equal("warning", warning.Severity);
        // An assembly-level attribute has no sequence point, so the warning names the assembly rather than a line.
        Assert.EndsWith("App.dll", warning.File);
        Assert.StartsWith("[AcceptViolation(\"INIT102\", Target = typeof(App.Clock))] on the assembly matches no violation any more", warning.Message);
    }
}
