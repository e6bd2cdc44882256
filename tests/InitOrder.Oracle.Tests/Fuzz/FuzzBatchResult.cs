using System.Collections.Generic;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>What one fuzz program showed, patch by patch: misses, false positives, and how many patches of each kind.</summary>
public sealed record FuzzBatchResult(
    IReadOnlyList<FuzzFinding> Misses,
    IReadOnlyList<FuzzFinding> FalsePositives,
    int TouchedPatches,
    int UntouchedPatches);
