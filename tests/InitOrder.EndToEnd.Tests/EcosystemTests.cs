using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>Behaving like every other .NET build package: verbosity, generated files, severities, SARIF, determinism.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class EcosystemTests(PackedPackageFixture package)
{
    [Fact]
    public void One_summary_line_at_normal_verbosity_and_generated_files_reports_and_assembly_are_byte_identical_across_clean_builds()
    {
        var app = package.CreateProject("App").WithProject(properties: "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>").WithFile("App.cs", ClockApp.Clean());

        var first = app.Build("-v:n");
        BuildAssert.Succeeded(first);
        Assert.Single(Regex.Matches(first.Output, @"InitOrder: App: 1 patch\(es\), 1 initializer\(s\) checked, 0 violation\(s\)\. Report: .*InitOrder\.report\.md"));
        var generated = Directory.GetFiles(Path.Combine(app.Directory, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray();
        Assert.Contains("InitOrder.InitPatches.g.cs", generated);
        Assert.Contains("InitOrder.ModuleInitializer.g.cs", generated);
        var before = Snapshot(app);

        Directory.Delete(Path.Combine(app.Directory, "obj"), recursive: true);
        Directory.Delete(Path.Combine(app.Directory, "bin"), recursive: true);
        BuildAssert.Succeeded(app.Build());

        Assert.Equal(before, Snapshot(app));
        Assert.True(File.Exists(app.IntermediateFile("InitOrder.report.sarif")));
    }

    [Fact]
    public void Generator_diagnostics_obey_editorconfig_severities()
    {
        var app = package.CreateProject("App").WithProject()
            .WithFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.INIT005.severity = none\n")
            .WithFile("App.cs", ClockApp.Clean().Replace("[InitOrder.InitPatch(typeof(Clock))]", "[InitOrder.InitPatch(typeof(Clock), Assemblies = new[] { \"NotReferenced\" })]"));

        var build = app.Build();

        // Without the .editorconfig line, INIT005 is a warning and TreatWarningsAsErrors would fail this build.
        BuildAssert.Succeeded(build);
        Assert.DoesNotContain("INIT005", build.Output);
    }

    [Fact]
    public void Violation_is_in_the_SARIF_report_with_its_chain()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", ClockApp.TuneReadsClockFirst());

        // The verifier's report: with analyzers this direct violation already stops the build in CoreCompile.
        var build = app.Build("-p:RunAnalyzersDuringBuild=false");

        Assert.NotEqual(0, build.ExitCode);
        var sarif = File.ReadAllText(app.IntermediateFile("InitOrder.report.sarif"));
        Assert.Contains("\"ruleId\": \"INIT102\"", sarif);
        Assert.Contains("\"codeFlows\"", sarif);
        Assert.Contains("\"uri\": \"App.cs\"", sarif);
    }

    [Fact]
    public void Artifacts_output_layout_with_absolute_intermediate_paths_gets_its_reports_in_the_right_folder()
    {
        var app = package.CreateProject("App").WithProject().WithFile("App.cs", ClockApp.Clean())
            .WithFile("Directory.Build.props", "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>");

        BuildAssert.Succeeded(app.Build());

        Assert.True(File.Exists(Path.Combine(app.Directory, "artifacts", "obj", "App", "debug", "InitOrder.report.json")));
        Assert.DoesNotContain(Directory.GetFiles(app.Directory, "InitOrder.report.json", SearchOption.AllDirectories), p => !p.Contains(Path.Combine("artifacts", "obj")));
    }

    private static string[] Snapshot(ConsumerProject app)
    {
        var reports = new[] { "InitOrder.report.json", "InitOrder.report.md", "InitOrder.report.sarif" }
            .Select(name => File.ReadAllText(app.IntermediateFile(name)))
            .Select(text => Regex.Replace(text, "\"milliseconds\": \\d+", "\"milliseconds\": 0"));
        var generated = Directory.GetFiles(Path.Combine(app.Directory, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains("InitOrder.Generator"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(File.ReadAllText);
        // Deterministic compilation must survive InitOrder: the assembly itself is byte-identical too.
        var assembly = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(app.OutputFile())));
        return reports.Concat(generated).Append(assembly).ToArray();
    }
}
