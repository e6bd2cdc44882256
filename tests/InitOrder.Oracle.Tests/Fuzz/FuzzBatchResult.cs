using System.Collections.Generic;
using InitOrder.Oracle.Tests.Truth;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>
/// What one fuzz program showed, patch by patch: the verifier's misses and false positives, how many patches of each
/// kind, and <c>initorder trace</c>'s findings held against what the program printed.
/// </summary>
public sealed record FuzzBatchResult(
    IReadOnlyList<FuzzFinding> Misses,
    IReadOnlyList<FuzzFinding> FalsePositives,
    int TouchedPatches,
    int UntouchedPatches,
    TruthComparison Trace);
