using System.IO.Compression;
using System.Linq;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>What is inside the nupkg: the pieces users need, and none of the assemblies their build host already has.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageLayoutTests(PackedPackageFixture package)
{
    [Fact]
    public void Package_ships_generator_task_flavours_and_build_files_only()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("analyzers/dotnet/cs/InitOrder.Generator.dll", entries);
        Assert.Contains("build/InitOrder.props", entries);
        Assert.Contains("build/InitOrder.targets", entries);
        Assert.Contains("build/InitOrder.Bootstrap.cs", entries);
        foreach (var flavour in new[] { "net8.0", "net472" })
        {
            Assert.Contains($"tasks/{flavour}/InitOrder.Tasks.dll", entries);
            Assert.Contains($"tasks/{flavour}/InitOrder.Analysis.dll", entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        Assert.DoesNotContain(entries, e =>
            e.Contains("Microsoft.Build", System.StringComparison.OrdinalIgnoreCase)
            || e.Contains("System.Reflection.Metadata", System.StringComparison.OrdinalIgnoreCase)
            || e.Contains("System.Collections.Immutable", System.StringComparison.OrdinalIgnoreCase)
            || e.Contains("Microsoft.CodeAnalysis", System.StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Package_is_a_development_dependency()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new System.IO.StreamReader(archive.GetEntry("InitOrder.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.Contains("<id>InitOrder</id>", nuspec);
    }
}
