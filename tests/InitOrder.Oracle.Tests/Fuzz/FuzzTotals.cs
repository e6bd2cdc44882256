using System.Collections.Generic;
using InitOrder.Oracle.Tests.Truth;

namespace InitOrder.Oracle.Tests.Fuzz;

/// <summary>Everything the fuzz programs of one test run showed (see <see cref="FuzzCampaign"/>).</summary>
public sealed record FuzzTotals(
    int Cases,
    string Figure,
    IReadOnlyList<FuzzFinding> Misses,
    IReadOnlyList<FuzzFinding> FalsePositives,
    int TouchedPatches,
    int UntouchedPatches,
    TruthComparison Trace);
