using System.IO;
using System.Text.RegularExpressions;
using InitOrder.EndToEnd.Tests.Infrastructure;
using InitOrder.Tests.Shared;

namespace InitOrder.EndToEnd.Tests;

/// <summary>
/// The README's Install steps, as a newcomer runs them before the package is on a feed: a brand-new
/// `dotnet new console` app, a nuget.config beside it naming the folder InitOrder was packed into, `dotnet add package`.
/// The fixture packed the package into its folder with the same `dotnet pack ... -o FOLDER`.
/// </summary>
[Collection(HostsAndPublishingCollection.Name)]
public sealed class InstallFromFolderTests(PackedPackageFixture package)
{
    [Fact]
    public void README_install_steps_work_in_a_brand_new_console_app()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        string install = Regex.Match(readme, @"\n## Install\n(.*?)\n## ", RegexOptions.Singleline).Groups[1].Value;
        // Every local pack gets its own version (ReadmeCommandsTests runs this pack as written), so the app moves to it.
        Assert.Contains("dotnet pack src/InitOrder/InitOrder.csproj -c Release -o ~/initorder-packages --version-suffix dev.$(date +%Y%m%d%H%M%S)", install);
        Assert.Contains("<add key=\"initorder-local\" value=", install);
        Assert.Contains("dotnet nuget add source ", install);
        Assert.Contains("`dotnet add package InitOrder --prerelease`", install);

        string root = Directory.CreateDirectory(Path.Combine(package.Root, "newcomer")).FullName;
        string app = Path.Combine(root, "Hello");
        BuildAssert.Succeeded(package.DotNet.Run(root, "new", "console", "--name", "Hello", "--output", app));
        package.WriteNuGetConfig(app, "initorder-local");
        BuildAssert.Succeeded(package.DotNet.Run(app, "add", "package", "InitOrder", "--prerelease"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            Console.WriteLine(Greeting.Text + " " + string.Join(",", InitOrder.InitPatches.Applied));

            public static class Greeting { public static string Text = "hello"; }

            internal static class Patches
            {
                [InitOrder.InitPatch(typeof(Greeting))]
                internal static void Greet() => Greeting.Text = "patched";
            }
            """);

        var build = package.DotNet.Build(app, "build", "-v:n");
        BuildAssert.Succeeded(build);
        Assert.Contains("InitOrder: Hello: 1 patch(es)", build.Output);
        var run = package.DotNet.Run(app, "run", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("patched Patches.Greet", run.StandardOutput.Trim());
        Assert.Contains("PrivateAssets", File.ReadAllText(Path.Combine(app, "Hello.csproj")));
    }
}
