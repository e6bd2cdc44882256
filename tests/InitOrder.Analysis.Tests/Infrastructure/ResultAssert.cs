using System.Linq;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>Assertions shared by the edge tests.</summary>
internal static class ResultAssert
{
    /// <summary>Exactly one violation of <paramref name="code"/> for the scenario's patch and target; returns it.</summary>
    public static Violation ReachesTarget(VerificationResult result, string code = "INIT101", string patch = EarlyInitializerScenario.PatchName, string target = EarlyInitializerScenario.TargetName)
    {
        NoUnexpectedProblems(result);
        var matching = result.Violations.Where(v => v.Patch == patch && v.PatchedType == target).ToList();
        var violation = Assert.Single(matching);
        Assert.Equal(code, violation.Code);
        return violation;
    }

    /// <summary>
    /// No violations, and the analysis did run: the patch was found and something ran before it. Without
    /// that second half a broken analysis would pass every near-miss test.
    /// </summary>
    public static void Clean(VerificationResult result, string patch = EarlyInitializerScenario.PatchName)
    {
        NoUnexpectedProblems(result);
        Assert.Contains(result.Patches, p => p.Method == patch && p.RunsBefore.Count > 0);
        Assert.True(result.Stats.MethodsAnalysed > 0, "nothing was analysed");
        Assert.True(result.Violations.Count == 0, string.Join("\n", result.Violations.Select(v => v.Message)));
    }

    /// <summary>Chain display names, for compact assertions.</summary>
    public static string[] Chain(Violation violation) => violation.Chain.Select(s => s.DisplayName).ToArray();

    private static void NoUnexpectedProblems(VerificationResult result) =>
        Assert.Empty(result.Problems.Where(p => p.Severity != ProblemSeverity.Message).Select(p => p.Code + ": " + p.Message));
}
