using System.IO;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// The verifier's own warnings (INIT203, INIT204) obey the standard switches as compiler warnings do: NoWarn,
/// WarningsAsErrors, TreatWarningsAsErrors and WarningsNotAsErrors. INIT203 is provoked the way it happens in real
/// builds: a step between compiling and verifying leaves the PDB of an earlier build next to the new assembly.
/// </summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class VerifierWarningSeverityTests(PackedPackageFixture package)
{
    private const string StalePdbTarget = """
        <Project>
          <Target Name="PutBackStalePdb" AfterTargets="CoreCompile" BeforeTargets="InitOrderVerify" Condition="Exists('stale.pdb')">
            <Copy SourceFiles="stale.pdb" DestinationFiles="$(IntermediateOutputPath)$(TargetName).pdb" />
          </Target>
        </Project>
        """;

    /// <summary>Switches for one build, and what INIT203 must then be: "warning", "error", or null for not shown.</summary>
    private static readonly (string[] Switches, string? Severity)[] Cases =
    {
        (new[] { "-p:TreatWarningsAsErrors=false" }, "warning"),
        (new[] { "-p:TreatWarningsAsErrors=true", "-p:NoWarn=INIT203" }, null),
        (new[] { "-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors=INIT203" }, "error"),
        (new[] { "-p:TreatWarningsAsErrors=true" }, "error"),
        (new[] { "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=INIT203" }, "warning"),
    };

    [Fact]
    public void INIT203_is_a_warning_that_NoWarn_hides_and_WarningsAsErrors_and_TreatWarningsAsErrors_make_an_error()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", ClockApp.Clean(fake: "fake")).WithFile("Directory.Build.targets", StalePdbTarget);
        var report = app.IntermediateFile("InitOrder.report.json");
        var fresh = app.Build();
        BuildAssert.Succeeded(fresh);
        BuildAssert.HasNoInitOrderDiagnostics(fresh);
        File.Copy(app.IntermediateFile("App.pdb"), Path.Combine(app.Directory, "stale.pdb"));
        // A changed source gives the next compilation another PDB id, so the copied PDB no longer belongs to it.
        app.WithFile("App.cs", ClockApp.Clean(fake: "faked"));

        foreach (var (switches, severity) in Cases)
        {
            var verifiedBefore = File.GetLastWriteTimeUtc(report);
            var build = app.Build(switches);

            var context = string.Join(" ", switches) + "\n" + build;
            // The copied PDB keeps its old time stamp, so every build compiles again and the verifier must run again.
            Assert.True(File.GetLastWriteTimeUtc(report) > verifiedBefore, "the verifier did not run: " + context);
            var reported = MsBuildDiagnostic.Parse(build.Output).Where(d => d.Code == "INIT203").Select(d => d.Severity).ToArray();
            Assert.True(reported.SequenceEqual(severity is null ? System.Array.Empty<string>() : new[] { severity }), $"expected INIT203 as {severity ?? "nothing"}: {context}");
            Assert.True((build.ExitCode == 0) == (severity != "error"), "exit code: " + context);
        }
    }
}
