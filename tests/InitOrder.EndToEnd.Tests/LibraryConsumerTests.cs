using System.IO;
using InitOrder.EndToEnd.Tests.Infrastructure;

namespace InitOrder.EndToEnd.Tests;

/// <summary>Libraries: older target frameworks, and two InitOrder projects that see each other's internals.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class LibraryConsumerTests(PackedPackageFixture package)
{
    private static string Reference(ConsumerProject project) => $"<ProjectReference Include=\"{project.ProjectPath}\" />";

    [Fact]
    public void NetStandard20_library_applies_its_patch_when_a_net10_app_loads_it()
    {
        var library = package.CreateProject("Legacy").WithProject(outputType: "Library", targetFramework: "netstandard2.0", properties: "<LangVersion>latest</LangVersion>")
            .WithFile("Api.cs", """
                namespace Legacy
                {
                    public static class Settings { public static string Mode = "default"; }
                    public static class Api { public static string Describe() => "mode=" + Settings.Mode + " applied=" + string.Join(",", InitOrder.InitPatches.Applied); }
                    internal static class Patches
                    {
                        [InitOrder.InitPatch(typeof(Settings))]
                        internal static void UseLegacyMode() => Settings.Mode = "legacy";
                    }
                }
                """);
        var app = package.CreateProject("Host").WithProject(referenceInitOrder: false, items: Reference(library))
            .WithFile("Program.cs", "internal static class Program { private static void Main() => System.Console.WriteLine(Legacy.Api.Describe()); }");

        var build = app.Build();
        BuildAssert.Succeeded(build);
        var run = app.Run();

        Assert.Equal("mode=legacy applied=Legacy.Patches.UseLegacyMode", run.StandardOutput.Trim());
    }

    [Fact]
    public void NetStandard20_library_at_its_default_CSharp_7_3_gets_INIT002_instead_of_CS8370()
    {
        var library = package.CreateProject("Old").WithProject(outputType: "Library", targetFramework: "netstandard2.0", nullable: false)
            .WithFile("Patches.cs", "namespace Old { internal static class Patches { [InitOrder.InitPatch(typeof(object))] internal static void P() { } } }");

        var build = library.Build();

        var error = BuildAssert.FailedWithSingle(build, "INIT002");
        var diagnostics = MsBuildDiagnostic.Parse(build.Output);
        Assert.Contains("C# 7.3", error.Message);
        Assert.DoesNotContain(diagnostics, d => d.Code is "CS8370" or "CS8400" or "CS8703");
    }

    [Fact]
    public void Two_InitOrder_projects_with_InternalsVisibleTo_do_not_clash()
    {
        var library = package.CreateProject("Shared").WithProject(outputType: "Library", items: "<InternalsVisibleTo Include=\"Consumer\" />")
            .WithFile("Lib.cs", """
                namespace Shared;
                public static class Flags { public static bool On; public static string Applied => string.Join(",", InitOrder.InitPatches.Applied); }
                internal static class LibPatches { [InitOrder.InitPatch(typeof(Flags))] internal static void TurnOn() => Flags.On = true; }
                """);
        var app = package.CreateProject("Consumer").WithProject(items: Reference(library), properties: "<AssemblyName>Consumer</AssemblyName>")
            .WithFile("Program.cs", """
                namespace Consumer;
                public static class Mode { public static string Value = "off"; }
                internal static class AppPatches { [InitOrder.InitPatch(typeof(Mode))] internal static void Set() => Mode.Value = "on"; }
                internal static class Program
                {
                    private static void Main() => System.Console.WriteLine($"app={string.Join(",", InitOrder.InitPatches.Applied)} {Mode.Value}; lib={Shared.Flags.Applied} {Shared.Flags.On}");
                }
                """);

        var build = app.Build();
        BuildAssert.Succeeded(build);
        Assert.DoesNotContain("CS0436", build.Output);
        var run = app.Run();

        // The application also applies the library's patches first (patches across assemblies), so its list has both.
        Assert.Equal("app=Shared.LibPatches.TurnOn,Consumer.AppPatches.Set on; lib=Shared.LibPatches.TurnOn True", run.StandardOutput.Trim());
    }
}
