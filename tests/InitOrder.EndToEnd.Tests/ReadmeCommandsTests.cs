using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Tests.Shared;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// The README's trace example and the tool's install commands, run as written: every `sh` block of "Checking at run
/// time" in a fresh copy of the repository (no bin/, obj/ or artifacts/), every `sh` block of "Checking any assembly"
/// (the pack in that copy, the rest in another folder), with a home folder of their own for the `~` paths. The
/// example's output block must be what the demo prints, and its first two acts must tell the gevent story (the sample's
/// own checks). One run of the demo builds everything they need.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReadmeCommandsTests(PackedPackageFixture package)
{
    private static readonly TimeSpan DemoTimeout = TimeSpan.FromMinutes(15);

    [Fact]
    public void The_trace_example_and_the_tool_install_run_as_written_from_a_fresh_clone_and_from_another_folder()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var trace = ReadmeSection.Of(readme, "### Checking at run time");
        var cli = ReadmeSection.Of(readme, "## Checking any assembly: `initorder`");
        string clone = FreshClone.Create(RepositoryPaths.Root, Path.Combine(package.Root, "clone"));
        string home = Directory.CreateDirectory(Path.Combine(package.Root, "home")).FullName;
        string elsewhere = Directory.CreateDirectory(Path.Combine(package.Root, "elsewhere")).FullName;
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            // The clone restores what this repository's build already restored: found there, nothing is downloaded.
            ["NUGET_FALLBACK_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        ProcessResult Run(string folder, string script) => package.DotNet.RunShell(folder, script, environment, DemoTimeout);

        Assert.Equal(2, trace.ShellBlocks.Count);
        string example = trace.TextBlocks[1];
        var demo = Run(clone, trace.ShellBlocks[0]);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        ReadmeSection.AssertShows(example, demo.StandardOutput);
        AssertTheGeventActs(demo);
        // The demo's package is for this machine: the ReadyToRun images of its platform only (a release pack has four).
        using (var demoPackage = ZipFile.OpenRead(Directory.GetFiles(Path.Combine(clone, "artifacts", "packages"), "InitOrder.*.nupkg").Single(f => !Path.GetFileName(f).StartsWith("InitOrder.Tool.", StringComparison.Ordinal))))
        {
            string host = RuntimeInformation.RuntimeIdentifier;
            var images = demoPackage.Entries.Select(e => e.FullName).Where(e => e.StartsWith("tasks/net10.0/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal);
            Assert.Equal(new[] { $"tasks/net10.0/{host}/InitOrder.Analysis.dll", $"tasks/net10.0/{host}/InitOrder.Tasks.dll" }, images);
        }

        var again = Run(clone, trace.ShellBlocks[1]);
        Assert.True(again.ExitCode == 1, again.ToString());
        ReadmeSection.AssertShows(example, again.StandardOutput);

        Assert.Equal(4, cli.ShellBlocks.Count);
        var pack = Run(clone, cli.ShellBlocks[0]);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Matches(@"^InitOrder\.Tool\.0\.1\.0-dev\.\d{14}\.nupkg$", Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(home, "initorder-packages")))));
        var results = cli.ShellBlocks.Skip(1).Select(block => Run(elsewhere, block)).ToList();
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        // The .NET 10 SDK writes the manifest beside the commands, older ones into .config/.
        string manifest = new[] { Path.Combine(elsewhere, "dotnet-tools.json"), Path.Combine(elsewhere, ".config", "dotnet-tools.json") }.Single(File.Exists);
        Assert.Contains("\"initorder.tool\"", File.ReadAllText(manifest));
        Assert.StartsWith("initorder 0.1.0-dev.", results[0].StandardOutput.Split('\n').Last(l => l.Length > 0));
        Assert.StartsWith("initorder 0.1.0-dev.", results[2].StandardOutput.Split('\n').Last(l => l.Length > 0));

        // The local tool, from that other folder, on the demo's app.
        string app = Path.Combine(clone, "artifacts", "samples", "PluginApp", "bin", "Release", "net10.0", "PluginApp.dll");
        var local = Run(elsewhere, "dotnet initorder trace -- dotnet " + app);
        Assert.True(local.ExitCode == 1, local.ToString());
        ReadmeSection.AssertShows(example, local.StandardOutput);
    }

    /// <summary>
    /// The story the README opens with, as the demo's first two acts print it: without InitOrder the registry records the
    /// thread before the patch and shutdown throws; with it the patch runs first and the app exits cleanly.
    /// </summary>
    private static void AssertTheGeventActs(ProcessResult demo)
    {
        string output = demo.StandardOutput;
        string without = Between(output, "=== Without InitOrder", "=== With InitOrder:");
        Assert.Contains("KeyNotFoundException", without);
        Assert.DoesNotContain("[main] clean exit", without);
        Assert.True(IndexOf(without, "[registry] recorded MainThread") < IndexOf(without, "[patch]"), demo.ToString());

        string with = Between(output, "=== With InitOrder:", "=== With InitOrder and an earlier warm-up patch");
        Assert.True(IndexOf(with, "[patch]") < IndexOf(with, "[telemetry]"), demo.ToString());
        Assert.Contains("[registry] recorded MainThread as 10", with);
        Assert.Contains("[main] patches applied by InitOrder: Gevent.GreenletPatch.Apply", with);
        Assert.Contains("[main] clean exit", with);
        Assert.DoesNotContain("Exception", with);
    }

    private static string Between(string text, string start, string end)
    {
        int from = IndexOf(text, start);
        return text.Substring(from, IndexOf(text, end, from) - from);
    }

    private static int IndexOf(string text, string value, int from = 0)
    {
        int index = text.IndexOf(value, from, StringComparison.Ordinal);
        Assert.True(index >= 0, "'" + value + "' is not in:\n" + text);
        return index;
    }
}
