using System;
using System.IO;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>Two InitOrder projects in one solution, built in parallel: each verified on its own, findings kept apart.</summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class SolutionBuildTests(PackedPackageFixture package)
{
    [Fact]
    public void Parallel_solution_build_verifies_each_project_with_its_own_report_and_blames_only_the_violating_one()
    {
        var repo = package.CreateProject("Repo")
            .WithFile("A/A.csproj", Project())
            .WithFile("A/A.cs", ClockApp.Clean("A"))
            .WithFile("B/B.csproj", Project())
            .WithFile("B/B.cs", ClockApp.TuneReadsClockFirst("B"))
            .WithFile("Repo.sln", Solution("A", "B"));

        // The verifier in both projects: with analyzers, B's direct violation would stop B in CoreCompile before it.
        var build = package.DotNet.Build(repo.Directory, "build", "Repo.sln", "-m:2", "-v:n", "-p:RunAnalyzersDuringBuild=false");

        Assert.NotEqual(0, build.ExitCode);
        var violation = Assert.Single(MsBuildDiagnostic.Parse(build.Output), d => d.Code.StartsWith("INIT"));
        Assert.Equal(("INIT102", Path.Combine(repo.Directory, "B", "B.cs")), (violation.Code, violation.File));
        Assert.Contains("InitOrder: A: 1 patch(es), 1 initializer(s) checked, 0 violation(s).", build.Output);
        Assert.Contains("InitOrder: B: 2 patch(es), 1 initializer(s) checked, 1 violation(s).", build.Output);
        Assert.Contains("\"assembly\": \"A\"", File.ReadAllText(Path.Combine(repo.Directory, "A", "obj", "Debug", "net10.0", "InitOrder.report.json")));
        Assert.Contains("**Result: failed.**", File.ReadAllText(Path.Combine(repo.Directory, "B", "obj", "Debug", "net10.0", "InitOrder.report.md")));
        Assert.Contains("**Result: passed.**", File.ReadAllText(Path.Combine(repo.Directory, "A", "obj", "Debug", "net10.0", "InitOrder.report.md")));
    }

    private string Project() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="InitOrder" Version="{package.Version}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>A classic .sln naming each project folder's project, with Debug|Any CPU only.</summary>
    private static string Solution(params string[] projects)
    {
        var entries = projects.Select(name => (Name: name, Id: Guid.NewGuid().ToString("B").ToUpperInvariant())).ToList();
        var text = new System.Text.StringBuilder();
        text.Append("Microsoft Visual Studio Solution File, Format Version 12.00\r\n# Visual Studio Version 17\r\n");
        foreach (var (name, id) in entries)
        {
            text.Append($"Project(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"{name}\", \"{name}\\{name}.csproj\", \"{id}\"\r\nEndProject\r\n");
        }

        text.Append("Global\r\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\r\n\t\tDebug|Any CPU = Debug|Any CPU\r\n\tEndGlobalSection\r\n");
        text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\r\n");
        foreach (var (_, id) in entries)
        {
            text.Append($"\t\t{id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\r\n\t\t{id}.Debug|Any CPU.Build.0 = Debug|Any CPU\r\n");
        }

        text.Append("\tEndGlobalSection\r\nEndGlobal\r\n");
        return text.ToString();
    }
}
