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
        Assert.Contains("analyzers/dotnet/cs/InitOrder.CodeFixes.dll", entries);
        Assert.Contains("build/InitOrder.props", entries);
        Assert.Contains("build/InitOrder.targets", entries);
        Assert.Contains("build/InitOrder.Bootstrap.cs", entries);
        Assert.Contains("build/InitOrder.Documentation.props", entries);
        foreach (var flavour in new[] { "net8.0", "net472" })
        {
            Assert.Contains($"tasks/{flavour}/InitOrder.Tasks.dll", entries);
            Assert.Contains($"tasks/{flavour}/InitOrder.Analysis.dll", entries);
        }

        // ReadyToRun images: every platform in a Release pack, the platform the tests run on in others (one publish each).
        string[] platforms = { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" };
        string host = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        bool release = typeof(PackageLayoutTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Any(a => a.Configuration == "Release");
        var expected = release ? platforms : platforms.Where(p => p == host).ToArray();
        Assert.Equal(expected.Length * 2, entries.Count(e => e.StartsWith("tasks/net10.0/", System.StringComparison.Ordinal)));
        foreach (var runtime in expected)
        {
            Assert.Contains($"tasks/net10.0/{runtime}/InitOrder.Tasks.dll", entries);
            Assert.Contains($"tasks/net10.0/{runtime}/InitOrder.Analysis.dll", entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        Assert.DoesNotContain(entries, e =>
            e.Contains("Microsoft.Build", System.StringComparison.OrdinalIgnoreCase)
            || e.Contains("System.Reflection.Metadata", System.StringComparison.OrdinalIgnoreCase)
            || e.Contains("System.Collections.Immutable", System.StringComparison.OrdinalIgnoreCase)
            || e.Contains("Microsoft.CodeAnalysis", System.StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The oldest hosts decide what the shipped assemblies may reference: Visual Studio 17.8's MSBuild redirects
    /// System.Reflection.Metadata and System.Collections.Immutable only up to 7.0.0.0, the .NET 8 SDK has 8.0.0.0,
    /// MSBuild's own assemblies are always 15.1.0.0, and the generator must load in Roslyn 4.8.
    /// </summary>
    [Theory]
    [InlineData("tasks/net472/InitOrder.Analysis.dll", "System.Reflection.Metadata", "7.0.0.0")]
    [InlineData("tasks/net472/InitOrder.Analysis.dll", "System.Collections.Immutable", "7.0.0.0")]
    [InlineData("tasks/net472/InitOrder.Tasks.dll", "Microsoft.Build.Framework", "15.1.0.0")]
    [InlineData("tasks/net472/InitOrder.Tasks.dll", "Microsoft.Build.Utilities.Core", "15.1.0.0")]
    [InlineData("tasks/net8.0/InitOrder.Analysis.dll", "System.Reflection.Metadata", "8.0.0.0")]
    [InlineData("tasks/net8.0/InitOrder.Tasks.dll", "Microsoft.Build.Framework", "15.1.0.0")]
    [InlineData("analyzers/dotnet/cs/InitOrder.Generator.dll", "Microsoft.CodeAnalysis", "4.8.0.0")]
    [InlineData("analyzers/dotnet/cs/InitOrder.CodeFixes.dll", "Microsoft.CodeAnalysis", "4.8.0.0")]
    [InlineData("analyzers/dotnet/cs/InitOrder.CodeFixes.dll", "Microsoft.CodeAnalysis.Workspaces", "4.8.0.0")]
    public void Shipped_assemblies_reference_no_newer_versions_than_the_oldest_supported_host_has(string entry, string reference, string highest)
    {
        var versions = References(entry).Where(r => r.Name == reference).Select(r => r.Version).ToList();

        Assert.NotEmpty(versions);
        Assert.All(versions, v => Assert.True(v <= System.Version.Parse(highest), entry + " references " + reference + " " + v));
    }

    /// <summary>Compilers load the generator for every build and have no Workspaces: only the code fixes may need it.</summary>
    [Fact]
    public void The_generator_and_analyzers_do_not_depend_on_Workspaces()
    {
        Assert.DoesNotContain(References("analyzers/dotnet/cs/InitOrder.Generator.dll"), r => r.Name.Contains("Workspaces"));
        Assert.Contains(References("analyzers/dotnet/cs/InitOrder.CodeFixes.dll"), r => r.Name == "InitOrder.Generator");
    }

    private System.Collections.Generic.List<(string Name, System.Version Version)> References(string entry)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var copy = new System.IO.MemoryStream();
        using (var stream = archive.GetEntry(entry)!.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => (metadata.GetString(r.Name), r.Version))
            .ToList();
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
