using System.IO;
using System.Linq;
using InitOrder.Cli.Tests.Infrastructure;

namespace InitOrder.Cli.Tests;

/// <summary>"What runs before X?" on an assembly built without InitOrder: --target and --all-static-constructors.</summary>
public sealed class TargetCheckTests
{
    [Fact]
    public void A_type_a_module_initializer_reaches_is_an_INIT101_with_the_chain_and_exit_code_1()
    {
        var plain = Fixtures.Plain;

        var result = InitOrderCommand.RunIn(plain.ProjectDirectory, "check", plain.Path, "--target", "Sample.Target");

        Assert.True(result.ExitCode == 1, result.ToString());
        string early = Path.Combine(plain.ProjectDirectory, "Early.cs");
        Assert.Contains(
            early + "(8,9): error INIT101: Checked target 'Sample.Target' is reached by 'Early.Init()', a module initializer, which runs before any " +
            "other code of the assembly: Early.Init() (Early.cs:8) \u2192 Setup.Run() (Types.cs:7) \u2192 Target.Touch().",
            result.OutputLines);
        Assert.Contains("Checked type 'Sample.Target' against 1 module initializer of 'Plain'.", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("Failed: 1 violation, 0 errors, 0 warnings ("));
    }

    [Fact]
    public void A_type_nothing_early_reaches_passes_with_exit_code_0()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--target", "Sample.Unreached");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.OutputLines, l => l.Contains(": error "));
        Assert.Contains(result.OutputLines, l => l.StartsWith("Passed: 0 violations, 0 errors, 0 warnings ("));
    }

    [Fact]
    public void A_type_only_a_static_constructor_reaches_fails_only_with_all_static_constructors()
    {
        string plain = Fixtures.Plain.Path;

        var asBuilt = InitOrderCommand.Run("check", plain, "--target", "Sample.Hidden");
        var worstCase = InitOrderCommand.Run("check", plain, "--target", "Sample.Hidden", "--all-static-constructors");

        Assert.True(asBuilt.ExitCode == 0, asBuilt.ToString());
        Assert.True(worstCase.ExitCode == 1, worstCase.ToString());
        var line = Assert.Single(worstCase.OutputLines, l => l.Contains("error INIT104"));
        Assert.Contains("Checked target 'Sample.Hidden' is reached by 'Config..cctor', a static constructor assumed to run first (--all-static-constructors): Config..cctor", line);
        Assert.Contains("Checked type 'Sample.Hidden' against 1 module initializer and every static constructor of 'Plain'.", worstCase.OutputLines);
    }

    [Fact]
    public void The_benchmark_s_worst_case_on_the_runtime_s_CoreLib_completes_without_an_internal_failure()
    {
        // eng/compare-verifier.sh's first input. Catching up the mentions when the first lookup by a run-time name came
        // into force once reached more methods while reading the reached ones (INIT299, "Collection was modified").
        var result = InitOrderCommand.Run("check", typeof(object).Assembly.Location, "--target", "System.Console", "--all-static-constructors");

        Assert.DoesNotContain(result.OutputLines, l => l.Contains("INIT299"));
        Assert.Contains(result.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(Passed|Failed): \d+ violations?, 0 errors, 0 warnings \([1-9][\d,]* methods"));
    }

    [Fact]
    public void A_target_named_like_a_file_beside_the_assembly_is_an_assembly()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--target", "Vendor");

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.OutputLines, l => l.Contains("error INIT101"));
        Assert.Contains("Checked target assembly 'Vendor' is reached by 'Early.Init()'", line);
        Assert.Contains("\u2192 Setup.Run() (", line);
        Assert.Contains("Checked assembly 'Vendor' against 1 module initializer of 'Plain'.", result.OutputLines);
    }

    [Fact]
    public void A_name_the_assembly_uses_as_a_type_is_a_type_even_when_a_file_beside_has_that_name()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--target", "Sample.Target");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Checked type 'Sample.Target' against 1 module initializer of 'Plain'.", result.OutputLines);
    }

    [Fact]
    public void Every_target_is_reported_in_the_order_given()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--target", "Vendor", "--target", "Sample.Unreached", "--target", "Sample.Target");

        Assert.True(result.ExitCode == 1, result.ToString());
        var errors = result.OutputLines.Where(l => l.Contains("error INIT101")).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("'Sample.Target'", errors[0]);
        Assert.Contains("assembly 'Vendor'", errors[1]);
    }

    [Fact]
    public void A_type_the_assembly_never_names_gets_a_spelling_warning()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path, "--target", "Sample.Tagret");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("initorder: warning: 'Plain.dll' neither defines nor references type 'Sample.Tagret'"));
    }

    [Fact]
    public void Without_patches_or_targets_nothing_is_checked_and_the_output_says_so()
    {
        var result = InitOrderCommand.Run("check", Fixtures.Plain.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("'Plain' has no InitOrder patches and no --target was given, so nothing was checked.", result.OutputLines);
    }
}
