using System.Linq;
using System.Text.Json;
using InitOrder.Analysis.Reports;
using InitOrder.Analysis.Tests.Infrastructure;

namespace InitOrder.Analysis.Tests.Verification;

/// <summary>
/// [AcceptViolation]: which violations an acceptance covers (code, patch, target, the method where the chain starts or
/// the whole assembly), how accepted ones appear in every report, and INIT105 for an acceptance that matches nothing.
/// The scenario: Sample.Early.Init(), a module initializer ahead of InitOrder's, calls Target.Touch() (INIT101).
/// </summary>
public sealed class AcceptedViolationTests
{
    private const string Justification = "Touch() only reads a constant; the patch does not change it.";

    private static VerificationResult Verify(string onEarlyInit, string onAssembly = "", string earlyBody = "Target.Touch();")
    {
        var early = EarlyInitializerScenario.EarlySource(earlyBody, "")
            .Replace("[System.Runtime.CompilerServices.ModuleInitializer]", "[System.Runtime.CompilerServices.ModuleInitializer]\n" + onEarlyInit);
        return TestAssemblyBuilder.Create("App")
            .Source("Early.cs", early)
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Source("AssemblyInfo.cs", onAssembly)
            .Emit()
            .Verify();
    }

    [Theory]
    [InlineData("Target = typeof(Target)")]
    [InlineData("Patch = \"Sample.Patches.PatchTarget\"")]
    [InlineData("Patch = \"Sample.Patches.PatchTarget\", Target = typeof(Target)")]
    public void Acceptance_on_the_method_where_the_chain_starts_moves_the_violation_out_of_the_errors(string names)
    {
        var result = Verify("[InitOrder.AcceptViolation(\"INIT101\", " + names + ", Justification = \"" + Justification + "\")]");

        Assert.Empty(result.Violations);
        Assert.False(result.HasErrors);
        var accepted = Assert.Single(result.Accepted);
        Assert.Equal(Justification, accepted.Justification);
        Assert.Equal("Sample.Early.Init()", accepted.AcceptedAt);
        Assert.Equal(("INIT101", EarlyInitializerScenario.PatchName, EarlyInitializerScenario.TargetName), (accepted.Violation.Code, accepted.Violation.Patch, accepted.Violation.PatchedType));
        Assert.DoesNotContain(result.Problems, p => p.Code == "INIT105");
    }

    [Fact]
    public void Acceptance_on_the_assembly_covers_a_chain_from_any_method()
    {
        var result = Verify("", "[assembly: InitOrder.AcceptViolation(\"INIT101\", Target = typeof(Sample.Target), Justification = \"" + Justification + "\")]");

        Assert.Empty(result.Violations);
        Assert.Equal(AcceptedViolation.OnAssembly, Assert.Single(result.Accepted).AcceptedAt);
    }

    [Theory]
    [InlineData("\"INIT102\", Target = typeof(Target)")]
    [InlineData("\"INIT101\", Target = typeof(Unrelated)")]
    [InlineData("\"INIT101\", Patch = \"Sample.Patches.Other\"")]
    public void Acceptance_for_another_code_patch_or_target_leaves_the_violation_and_is_reported_stale(string arguments)
    {
        var result = Verify("[InitOrder.AcceptViolation(" + arguments + ", Justification = \"x\")]");

        Assert.Equal(EarlyInitializerScenario.TargetName, Assert.Single(result.Violations).PatchedType);
        Assert.Empty(result.Accepted);
        var stale = Assert.Single(result.Problems, p => p.Code == "INIT105");
        Assert.Equal(ProblemSeverity.Warning, stale.Severity);
    }

    [Fact]
    public void Acceptance_on_a_method_the_chain_does_not_start_at_does_not_apply()
    {
        var elsewhere = TestAssemblyBuilder.Create("App")
            .Source("Early.cs", EarlyInitializerScenario.EarlySource("Helper.Run();", """
                internal static class Helper
                {
                    [InitOrder.AcceptViolation("INIT101", Target = typeof(Target), Justification = "x")]
                    internal static void Run() => Target.Touch();
                }
                """))
            .Bootstrap()
            .Source("Types.cs", EarlyInitializerScenario.Types)
            .Emit()
            .Verify();

        Assert.Equal(new[] { "Early.Init()", "Helper.Run()", "Target.Touch()" }, ResultAssert.Chain(Assert.Single(elsewhere.Violations)));
        Assert.Contains(elsewhere.Problems, p => p.Code == "INIT105");
    }

    [Fact]
    public void Stale_acceptance_is_INIT105_at_the_method_with_the_attribute_named_in_the_message()
    {
        var result = Verify("[InitOrder.AcceptViolation(\"INIT101\", Target = typeof(Target), Justification = \"x\")]", earlyBody: "Unrelated.Touch();");

        Assert.Empty(result.Violations);
        var stale = Assert.Single(result.Problems, p => p.Code == "INIT105");
        Assert.Contains("[AcceptViolation(\"INIT101\", Target = typeof(Sample.Target))] on 'Sample.Early.Init()' matches no violation any more", stale.Message);
        Assert.Equal("Early.cs", stale.Location!.DisplayPath);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Acceptance_without_justification_accepts_nothing()
    {
        var result = Verify("[InitOrder.AcceptViolation(\"INIT101\", Target = typeof(Target))]");

        Assert.Single(result.Violations);
        Assert.Empty(result.Accepted);
    }

    [Fact]
    public void Accepted_violation_is_listed_with_its_justification_in_every_report()
    {
        var result = Verify("[InitOrder.AcceptViolation(\"INIT101\", Target = typeof(Target), Justification = \"" + Justification + "\")]");

        using var json = JsonDocument.Parse(ReportJsonWriter.Write(result));
        Assert.Equal(0, json.RootElement.GetProperty("violations").GetArrayLength());
        var accepted = json.RootElement.GetProperty("accepted")[0];
        Assert.Equal(Justification, accepted.GetProperty("justification").GetString());
        Assert.Equal("Sample.Early.Init()", accepted.GetProperty("acceptedAt").GetString());
        Assert.Equal(3, accepted.GetProperty("chain").GetArrayLength() + 1);

        string markdown = ReportMarkdownWriter.Write(result);
        Assert.Contains("**Result: passed.**", markdown);
        Assert.Contains("## Accepted violations", markdown);
        Assert.Contains("Accepted on `Sample.Early.Init()`: " + Justification, markdown);

        using var sarif = JsonDocument.Parse(ReportSarifWriter.Write(result));
        var suppression = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal(Justification, suppression.GetProperty("justification").GetString());
    }
}
