using System.Collections.Generic;
using System.IO;
using InitOrder.Benchmarks.BuildOverhead;

namespace InitOrder.Benchmarks.RealApps;

/// <summary>
/// Lays out the benchmark's apps once per package under test, each folder with its own Directory.Build.* files: the
/// package version, central package management off (the apps pin their versions, as users' projects do), and a
/// target that writes down the references the verifier is given, so the in-process measurement reads the same ones.
/// </summary>
internal static class RealAppWorkspace
{
    /// <summary>The oracle's library samples (tests/Samples/Oracle) that the benchmark builds.</summary>
    public static readonly string[] OracleSamples = { "Hosting", "Serializers", "SerilogConsole", "DataAccess" };

    /// <param name="properties">More MSBuild properties for every app (<c>&lt;InitOrderCache&gt;false&lt;/InitOrderCache&gt;</c>).</param>
    public static IReadOnlyList<RealApp> Write(string repository, string folder, string packageVersion, int consumerFiles, int consumerPatches, string properties = "")
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"),
            "<Project><PropertyGroup><InitOrderVersion>" + packageVersion + "</InitOrderVersion>" + properties + "</PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"),
            "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), ReferenceListTarget);

        var apps = new List<RealApp> { new("Minimal", WriteMinimal(Path.Combine(folder, "Minimal"))) };
        string oracle = Path.Combine(repository, "tests", "Samples", "Oracle");
        CopyFolder(Path.Combine(oracle, "OracleProbe"), Path.Combine(folder, "OracleProbe"));
        foreach (string sample in OracleSamples)
        {
            CopyFolder(Path.Combine(oracle, sample), Path.Combine(folder, sample));
            apps.Add(new RealApp(sample, Path.Combine(folder, sample, sample + ".csproj")));
        }

        CopyFolder(Path.Combine(repository, "eng", "benchmark", "Apps", "EfCoreShop"), Path.Combine(folder, "EfCoreShop"));
        apps.Add(new RealApp("EfCoreShop", Path.Combine(folder, "EfCoreShop", "EfCoreShop.csproj")));
        apps.Add(new RealApp("Consumer", ConsumerProjectWriter.Write(Path.Combine(folder, "Consumer"), BuildVariant.Full, packageVersion, consumerFiles, consumerPatches)));
        foreach (var app in apps)
        {
            app.WriteEdit(0);
        }

        return apps;
    }

    /// <summary>The one-method app: a patch and its target, nothing else.</summary>
    private static string WriteMinimal(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            internal static class Target
            {
                public static int Value;
            }

            internal static class Patches
            {
                [InitOrder.InitPatch(typeof(Target))]
                internal static void Apply() => System.AppContext.SetSwitch("Minimal.Patched", true);
            }

            internal static class Program
            {
                private static void Main() => System.Console.WriteLine(Target.Value);
            }
            """);
        string project = Path.Combine(folder, "Minimal.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="InitOrder" Version="$(InitOrderVersion)" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (string child in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(child);
            if (name != "bin" && name != "obj")
            {
                CopyFolder(child, Path.Combine(to, name));
            }
        }
    }

    // The same items InitOrder.targets hands the verifier (ReferencePath, and the copy-local .dll files).
    private const string ReferenceListTarget = """
        <Project>
          <Target Name="_InitOrderBenchmarkReferences" BeforeTargets="InitOrderVerify">
            <ItemGroup>
              <_InitOrderBenchmarkReference Include="@(ReferencePath)" />
              <_InitOrderBenchmarkReference Include="@(ReferenceCopyLocalPaths)" Condition="'%(Extension)' == '.dll'" />
            </ItemGroup>
            <WriteLinesToFile File="$(MSBuildProjectDirectory)/obj/InitOrderBenchmark.references" Lines="@(_InitOrderBenchmarkReference->'%(FullPath)')" Overwrite="true" WriteOnlyWhenDifferent="true" />
          </Target>
        </Project>
        """;
}
