using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Tests.Shared;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// The violations one compilation shows directly (<see cref="DirectViolationSamples"/>: INIT106 in a patch body, INIT106
/// through a helper the patch calls, INIT102) through the packed package. With analyzers (the default) each is a compiler
/// error, once: the build stops in CoreCompile, so the verifier never runs and cannot report them again. Without analyzers
/// the verifier reports the same violations with the same messages. The code fixes' output builds clean and runs.
/// </summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class DirectViolationTests(PackedPackageFixture package)
{
    private static readonly (string File, string Before, string After)[] Files =
    {
        ("Clock.cs", DirectViolationSamples.ClockBefore, DirectViolationSamples.ClockAfter),
        ("TestClock.cs", DirectViolationSamples.TestClockBefore, DirectViolationSamples.TestClockAfter),
        ("Level.cs", DirectViolationSamples.LevelBefore, DirectViolationSamples.LevelAfter.Replace("Justification = \"\"", "Justification = \"Start is the default level by design\"")),
        ("Tuning.cs", DirectViolationSamples.TuningBefore, DirectViolationSamples.TuningAfter),
    };

    [Fact]
    public void Each_direct_violation_fails_CoreCompile_once_the_verifier_alone_reports_the_same_and_the_fixed_app_builds_clean()
    {
        var app = package.CreateProject("App").WithProject().WithFile("Program.cs", DirectViolationSamples.Program);
        foreach (var (file, before, _) in Files)
        {
            app.WithFile(file, DirectViolationSamples.Plain(before));
        }

        var expected = Files.SelectMany(f => Marked(Path.Combine(app.Directory, f.File), f.Before)).OrderBy(d => d.File).ThenBy(d => d.Line).ToList();
        Assert.Equal(3, expected.Count);

        // With analyzers: the compiler's errors at the marked spans, and the verifier never ran.
        var typing = app.Build();
        Assert.True(typing.ExitCode != 0, typing.ToString());
        var fromAnalyzers = InitOrderDiagnostics(typing);
        Assert.Equal(expected, fromAnalyzers.Select(d => (d.Code, d.File, d.Line, d.Column)).ToList());
        Assert.All(fromAnalyzers, d => Assert.Equal(DocumentationUrl.Link(d.Code) is { } link ? " (" + link + ")" : null, HelpLinkOf(d.Message)));
        Assert.False(File.Exists(app.IntermediateFile("InitOrder.report.json")), "the verifier must not run after a failed CoreCompile\n" + typing);

        // Without analyzers the verifier reports each of them, at the same line (the same column where it starts the
        // statement too) and with the same message.
        var verifying = app.Build("-p:RunAnalyzersDuringBuild=false");
        Assert.True(verifying.ExitCode != 0, verifying.ToString());
        var fromVerifier = InitOrderDiagnostics(verifying);
        Assert.Equal(expected.Select(d => (d.Code, d.File, d.Line)), fromVerifier.Select(d => (d.Code, d.File, d.Line)));
        Assert.Equal(fromAnalyzers.Where(d => d.Code == "INIT106").Select(d => d.Column), fromVerifier.Where(d => d.Code == "INIT106").Select(d => d.Column));
        // The verifier's first error also names the Markdown report (the analyzers run before there is one).
        Assert.Single(fromVerifier, d => Regex.IsMatch(d.Message, ReportPointerPattern));
        Assert.Equal(fromAnalyzers.Select(d => WithoutHelpLink(d.Message)), fromVerifier.Select(d => WithoutReportPointer(d.Message)));
        Assert.Contains("\"ruleId\": \"INIT102\"", File.ReadAllText(app.IntermediateFile("InitOrder.report.sarif")));

        // The code fixes' output (the reviewer wrote the justification the accept fix leaves empty) builds clean and runs.
        foreach (var (file, _, after) in Files)
        {
            app.WithFile(file, after);
        }

        var fixedBuild = app.Build();
        BuildAssert.Succeeded(fixedBuild);
        BuildAssert.HasNoInitOrderDiagnostics(fixedBuild);
        var run = app.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("boot 2000 level 10 resolution 10", run.StandardOutput.Trim());
    }

    private static List<MsBuildDiagnostic> InitOrderDiagnostics(ProcessResult build)
        => MsBuildDiagnostic.Parse(build.Output).Where(d => d.Code.StartsWith("INIT")).OrderBy(d => d.File).ThenBy(d => d.Line).ToList();

    /// <summary>
    /// The compiler prints an analyzer diagnostic's help link after its message (none while the package has no public
    /// page); the verifier's task passes it to MSBuild separately.
    /// </summary>
    private static string WithoutHelpLink(string message) => Regex.Replace(message, HelpLinkPattern, string.Empty);

    private static string WithoutReportPointer(string message) => Regex.Replace(message, ReportPointerPattern, string.Empty);

    private const string ReportPointerPattern = @" Report: [^ ]*InitOrder\.report\.md$";

    private static string? HelpLinkOf(string message) => Regex.Match(message, HelpLinkPattern) is { Success: true } m ? m.Value : null;

    private const string HelpLinkPattern = @" \(https?://[^ )]+\)$";

    /// <summary>(code, file, line, column) of each <c>{|CODE:...|}</c> in a sample, 1-based as MSBuild prints them.</summary>
    private static IEnumerable<(string Code, string File, int Line, int Column)> Marked(string path, string marked)
    {
        var lines = marked.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Regex.Matches(lines[i], @"\{\|([A-Z0-9]+):"))
            {
                yield return (match.Groups[1].Value, path, i + 1, match.Index + 1);
            }
        }
    }
}
