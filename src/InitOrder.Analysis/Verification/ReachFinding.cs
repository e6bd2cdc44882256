using System.Collections.Generic;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Reachability;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Code that runs first reaches a target: INIT101, INIT102 or INIT104, before it is put into words (see
/// Explanation/FindingText). <see cref="Path"/> is read back from a mark log, from the root down to the method that
/// names the target (<see cref="Mention"/>) or that lives in a target assembly.
/// </summary>
/// <param name="Patch">The patch whose target is reached; null for a checked target (the CLI's --target).</param>
/// <param name="Root">What runs before the patch, for INIT101/INIT102; null when the root is a static constructor assumed to run first.</param>
internal sealed record ReachFinding(string Code, DiscoveredPatch? Patch, Target Target, AnalysisRoot? Root, IReadOnlyList<PathStep> Path, Mention? Mention);
