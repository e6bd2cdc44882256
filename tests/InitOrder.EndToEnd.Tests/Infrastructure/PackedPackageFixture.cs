using System;
using System.IO;
using System.Linq;
using System.Reflection;
using InitOrder.Tests.Shared;

namespace InitOrder.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs InitOrder once per test collection into a private feed, with a private NuGet cache, and hands out
/// temporary consumer projects that restore it from there.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    // Collections pack side by side, and `dotnet pack` of one project writes into that project's obj/ folder.
    private static readonly object s_packLock = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _shared = new();

    public PackedPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "initorder-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        DotNet = new DotNet(Directory.CreateDirectory(Path.Combine(Root, "nuget-packages")).FullName);

        Pack("InitOrder");
        PackagePath = Directory.GetFiles(Feed, "InitOrder.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(PackagePath)["InitOrder.".Length..];
    }

    public string Root { get; }

    public string Feed { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public DotNet DotNet { get; }

    /// <summary>
    /// The `initorder` command as users get it: InitOrder.Tool packed into the same feed and installed with
    /// `dotnet tool install --tool-path`, once per collection. Returns the path of the installed command.
    /// </summary>
    public string Tool => Shared("initorder-tool", InstallTool);

    /// <summary>
    /// Builds something once per test run (a helper project several tests use), then hands out the same value; callers
    /// on other threads wait for the first one's build (GetOrAdd alone may run a factory twice).
    /// </summary>
    public T Shared<T>(string key, Func<T> create) => (T)_shared.GetOrAdd(key, _ => new Lazy<object>(() => create()!)).Value;

    /// <summary>Packs a project of src/ (already built by the test project's references) into the feed.</summary>
    private void Pack(string project)
    {
        var configuration = typeof(PackedPackageFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        ProcessResult pack;
        lock (s_packLock)
        {
            pack = DotNet.Build(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj"), "--no-build", "-c", configuration, "-o", Feed);
        }

        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing " + project + " failed:\n" + pack);
        }
    }

    private string InstallTool()
    {
        Pack("InitOrder.Cli");
        string toolPath = Path.Combine(Root, "tools");
        var install = DotNet.Run(Root, "tool", "install", "InitOrder.Tool", "--version", Version, "--tool-path", toolPath, "--add-source", Feed);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("Installing InitOrder.Tool failed:\n" + install);
        }

        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "initorder.exe" : "initorder");
    }

    public ConsumerProject CreateProject(string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Root, "projects", name + "-" + Guid.NewGuid().ToString("N")[..6])).FullName;
        WriteNuGetConfig(directory, "initorder-under-test");
        return new ConsumerProject(directory, name, this);
    }

    /// <summary>A nuget.config in <paramref name="directory"/> that adds the private feed to the machine's sources, as the README's Install says.</summary>
    public void WriteNuGetConfig(string directory, string key) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="{key}" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("INITORDER_KEEP_TEST_FOLDERS") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the run for.
            }
        }
    }
}
