using InitOrder.Oracle.Tests.Comparison;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>A case the verifier got wrong: a miss fails the fuzz, a false positive only counts.</summary>
public sealed record FuzzFinding(int Seed, FuzzCase Case, PatchComparison Patch)
{
    public string Describe() =>
        "seed " + Seed + ", case " + Case.Number + "\n" + SideBySide.Format(Patch) + "\n" + Case.Source;
}
