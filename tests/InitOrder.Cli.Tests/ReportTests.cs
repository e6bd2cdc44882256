using System.IO;
using InitOrder.Cli.Tests.Infrastructure;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>--report writes the build's three reports under the build's names.</summary>
public sealed class ReportTests
{
    [Fact]
    public void Report_writes_the_json_markdown_and_sarif_reports_and_lists_them()
    {
        var app = Fixtures.Telemetry;
        string folder = Path.Combine(TestFolders.NewFolder("report"), "nested", "out");

        var result = InitOrderCommand.RunIn(app.ProjectDirectory, "check", app.Path, "--report", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        string json = Path.Combine(folder, "InitOrder.report.json");
        string markdown = Path.Combine(folder, "InitOrder.report.md");
        Assert.Contains("Report: " + json, result.OutputLines);
        Assert.Contains("Report: " + markdown, result.OutputLines);
        Assert.Contains("Report: " + Path.Combine(folder, "InitOrder.report.sarif"), result.OutputLines);
        Assert.Contains("\"ruleId\": \"INIT101\"", File.ReadAllText(Path.Combine(folder, "InitOrder.report.sarif")));
        string jsonText = File.ReadAllText(json);
        Assert.Contains("\"code\": \"INIT101\"", jsonText);
        Assert.Contains("\"file\": \"Telemetry.cs\"", jsonText);
        Assert.StartsWith("# InitOrder verification: App", File.ReadAllText(markdown));
    }

    [Fact]
    public void Without_report_nothing_is_written_beside_the_assembly()
    {
        var plain = Fixtures.Plain;
        string folder = Path.GetDirectoryName(plain.Path)!;

        var result = InitOrderCommand.RunIn(folder, "check", plain.Path, "--target", "Sample.Target");

        Assert.DoesNotContain(result.OutputLines, l => l.StartsWith("Report: "));
        Assert.False(File.Exists(Path.Combine(folder, "InitOrder.report.json")));
    }

    [Fact]
    public void A_report_folder_that_cannot_be_created_fails_the_check()
    {
        string file = Path.Combine(TestFolders.NewFolder("report-blocked"), "occupied");
        File.WriteAllText(file, "a file where the report folder should go");

        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--report", Path.Combine(file, "reports"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("initorder: error: cannot write the reports to '"));
    }
}
