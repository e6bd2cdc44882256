using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>A throwaway project in a temp folder that references the packed InitOrder like a user's project does.</summary>
public sealed class ConsumerProject(string directory, string name, PackedPackageFixture package)
{
    public string Directory { get; } = directory;

    public string Name { get; } = name;

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    public string Version => package.Version;

    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Copies a sample from tests/Samples, project file included (renamed to this project's name) and its subfolders as they are.</summary>
    public ConsumerProject WithSample(string sampleName)
    {
        var source = Path.Combine(InitOrder.Tests.Shared.RepositoryPaths.Root, "tests", "Samples", sampleName);
        foreach (var file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = relative == Path.GetFileName(relative) && relative.EndsWith(".csproj") ? Name + ".csproj" : relative;
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Directory, target))!);
            File.Copy(file, Path.Combine(Directory, target), overwrite: true);
        }

        return this;
    }

    /// <summary>Writes the project file: an SDK project with InitOrder referenced as users add it.</summary>
    public ConsumerProject WithProject(string outputType = "Exe", string targetFramework = "net10.0", string properties = "", string items = "", bool referenceInitOrder = true, bool nullable = true)
    {
        var frameworkProperty = targetFramework.Contains(';') ? "TargetFrameworks" : "TargetFramework";
        var reference = referenceInitOrder ? $"<PackageReference Include=\"InitOrder\" Version=\"{package.Version}\" />" : string.Empty;
        return WithFile(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <{frameworkProperty}>{targetFramework}</{frameworkProperty}>
                <Nullable>{(nullable ? "enable" : "disable")}</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    public ProcessResult Build(params string[] arguments) => Invoke("build", arguments);

    /// <summary>`dotnet publish` into <paramref name="outputDirectory"/> (relative to the project).</summary>
    public ProcessResult Publish(string outputDirectory, params string[] arguments)
        => Invoke("publish", new[] { "-o", Path.Combine(Directory, outputDirectory) }.Concat(arguments).ToArray());

    /// <summary>`dotnet watch ARGS` in the project folder (its only project), still running when this returns.</summary>
    public BackgroundProcess Watch(params string[] arguments)
        => package.DotNet.Start(Directory, new[] { "watch" }.Concat(arguments).ToArray());

    private ProcessResult Invoke(string verb, string[] arguments)
        => package.DotNet.Build(Directory, verb, new[] { ProjectPath, "-v:minimal", $"-p:InitOrderVersion={package.Version}" }.Concat(arguments).ToArray());

    /// <summary>Runs the built app with `dotnet path/to/app.dll`.</summary>
    public ProcessResult Run(string configuration = "Debug", string targetFramework = "net10.0", IReadOnlyDictionary<string, string?>? environment = null)
        => ProcessRunner.Run("dotnet", new[] { OutputFile(configuration, targetFramework) }, Directory, environment ?? new Dictionary<string, string?>());

    /// <summary>Runs a published app (an apphost or a native executable) directly.</summary>
    public ProcessResult RunExecutable(string relativePath)
        => ProcessRunner.Run(Path.Combine(Directory, relativePath), System.Array.Empty<string>(), Directory, new Dictionary<string, string?>());

    public string OutputFile(string configuration = "Debug", string targetFramework = "net10.0")
        => Path.Combine(Directory, "bin", configuration, targetFramework, Name + ".dll");

    public string IntermediateFile(string fileName, string configuration = "Debug", string targetFramework = "net10.0")
        => Path.Combine(Directory, "obj", configuration, targetFramework, fileName);
}
