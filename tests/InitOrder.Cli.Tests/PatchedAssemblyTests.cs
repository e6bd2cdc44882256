using System.IO;
using System.Linq;
using InitOrder.Analysis.Tests.Infrastructure;
using InitOrder.Cli.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>On an assembly built with InitOrder the command reports what the build reports, in the same format.</summary>
public sealed class PatchedAssemblyTests
{
    [Fact]
    public void Prints_the_builds_violation_line_and_exits_with_1()
    {
        var app = Fixtures.Telemetry;
        var expected = Assert.Single(app.Verify().Violations);

        var result = InitOrderCommand.RunIn(app.ProjectDirectory, "check", app.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        var location = expected.Location!;
        Assert.Contains(location.FilePath + "(" + location.Line + "," + location.Column + "): error INIT101: " + expected.Message, result.OutputLines);
        Assert.Contains("'Telemetry.Init()' runs before it and reaches it: Telemetry.Init() (Telemetry.cs:9) \u2192 ThreadRegistry..cctor (ThreadRegistry.cs:5)", result.Output);
        Assert.Contains("Checked 1 patch of 'App' against the patch sequence and 1 module initializer that runs ahead of InitOrder's.", result.OutputLines);
    }

    [Fact]
    public void An_accepted_violation_passes_and_is_printed_with_its_justification()
    {
        var app = TelemetrySample.Builder("App", "[InitOrder.AcceptViolation(\"INIT101\", Target = typeof(ThreadIdentity), Justification = \"only logs the count\")]").Emit();

        var result = InitOrderCommand.RunIn(app.ProjectDirectory, "check", app.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.Contains(": info INIT101: accepted (only logs the count): Patch 'Sample.Patches.UseFakeIdentity'"));
        Assert.Contains(result.OutputLines, l => l.StartsWith("Passed: 0 violations (1 accepted), 0 errors, 0 warnings"));
    }

    [Fact]
    public void Targets_are_ignored_when_the_assembly_has_patches()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Telemetry.Path, "--target", "Sample.ThreadRegistry");

        Assert.Contains("--target is ignored: 'App' has InitOrder patches, and their own targets were checked.", result.OutputLines);
        Assert.Single(result.OutputLines, l => l.Contains("error INIT1"));
    }

    [Fact]
    public void A_clean_assembly_passes_and_the_worst_case_reports_the_static_constructor_that_reaches_the_target()
    {
        var cached = Fixtures.CachedTarget;

        var asBuilt = InitOrderCommand.RunIn(cached.ProjectDirectory, "check", cached.Path);
        var worstCase = InitOrderCommand.RunIn(cached.ProjectDirectory, "check", cached.Path, "--all-static-constructors");

        Assert.True(asBuilt.ExitCode == 0, asBuilt.ToString());
        Assert.Contains(asBuilt.OutputLines, l => l.StartsWith("Passed: 0 violations"));
        Assert.True(worstCase.ExitCode == 1, worstCase.ToString());
        string types = Path.Combine(cached.ProjectDirectory, "Types.cs");
        Assert.Contains(
            types + "(10,5): error INIT104: Patch 'Sample.Patches.Apply' targets 'Sample.Target', but 'Cache..cctor', a static constructor assumed to run " +
            "before the patches (--all-static-constructors), reaches it: Cache..cctor (Types.cs:10) \u2192 Target.Value. If that static constructor can run first, keep it from touching the target.",
            worstCase.OutputLines);
    }

    [Fact]
    public void Diagnostics_without_a_source_line_name_the_assembly_file()
    {
        var plain = Fixtures.Plain;
        string copy = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(plain.Path)!, "..", "no-pdb"));
        Directory.CreateDirectory(copy);
        string assembly = Path.Combine(copy, "Plain.dll");
        File.Copy(plain.Path, assembly, overwrite: true);

        var result = InitOrderCommand.Run("check", assembly);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.OutputLines, l => l.Contains("INIT202"));
        Assert.StartsWith(assembly + ": info INIT202: No portable PDB found", line);
    }
}
