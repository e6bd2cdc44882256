using System.Linq;
using InitOrder.Oracle.Tests.Comparison;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>A case the verifier got wrong: a miss fails the fuzz, a false positive only counts.</summary>
public sealed record FuzzFinding(int Seed, FuzzCase Case, PatchComparison Patch)
{
    /// <summary>
    /// Seed, case number, what the oracle saw touch the target, what the verifier said, and the case's source. The
    /// full side-by-side view would list the static constructors of every case in the program, so it is left out.
    /// </summary>
    public string Describe() =>
        "seed " + Seed + ", case " + Case.Number + ", patch " + Patch.Patch.Method + "\n"
        + string.Concat(Patch.Misses.Select(m => "  MISS: " + m + "\n"))
        + string.Concat(Patch.Touches.Select(t => "  ORACLE: before the patch, " + t + " (target " + t.Target + ")\n"))
        + string.Concat(Patch.Violations.Select(v => "  VERIFIER: " + v.Code + " " + v.PatchedType + ": " + string.Join(" -> ", v.Chain.Select(s => s.DisplayName)) + "\n"))
        + (Patch.Violations.Count == 0 ? "  VERIFIER: no violation\n" : "")
        + Case.Source;
}
