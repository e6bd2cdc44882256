using System.Collections.Generic;
using System.Linq;
using InitOrder.Cli.Trace;

namespace InitOrder.Oracle.Tests.Truth;

/// <summary>
/// The trace's INIT301 findings held against what the run printed, patch target by patch target: a finding for a
/// target printed as initialized after its patch is a false INIT301, no finding for one printed as initialized
/// before is a miss. Any other error of the trace (a patch that never ran, an unreadable trace) is a disagreement too.
/// </summary>
public sealed record TruthComparison(int Judged, IReadOnlyList<string> FalseFindings, IReadOnlyList<string> Missed, IReadOnlyList<string> Errors)
{
    public int Disagreements => FalseFindings.Count + Missed.Count + Errors.Count;

    /// <param name="unprintedIsUntouched">
    /// True where every target without a printed line has no code at all, so nothing can have touched it (the fuzz's
    /// earlier patches); false to leave such targets unjudged.
    /// </param>
    internal static TruthComparison Of(IReadOnlyList<PatchInfo> patches, PrintedTruth truth, TraceResult trace, bool unprintedIsUntouched)
    {
        var flagged = trace.Violations.Select(v => (v.Patch, v.Target)).ToHashSet();
        var falseFindings = new List<string>();
        var missed = new List<string>();
        int judged = 0;
        foreach (var patch in patches)
        {
            foreach (string target in patch.Targets)
            {
                bool? before = truth.InitializedBefore(target) ?? (unprintedIsUntouched ? false : null);
                if (before is not { } initializedBefore)
                {
                    continue;
                }

                judged++;
                bool found = flagged.Contains((patch.Method, target));
                if (found && !initializedBefore)
                {
                    var finding = trace.Violations.First(v => v.Patch == patch.Method && v.Target == target);
                    falseFindings.Add(patch.Method + " -> " + target + ": " + finding.TouchedBy + " ran " + finding.Ran);
                }
                else if (!found && initializedBefore)
                {
                    missed.Add(patch.Method + " -> " + target);
                }
            }
        }

        var errors = trace.Diagnostics
            .Where(d => d.Severity == ProblemSeverity.Error && d.Code != DiagnosticCodes.TouchedBeforePatch)
            .Select(d => d.Code + ": " + d.Message)
            .ToList();
        return new TruthComparison(judged, falseFindings, missed, errors);
    }

    public TruthComparison Add(TruthComparison other) =>
        new(Judged + other.Judged, FalseFindings.Concat(other.FalseFindings).ToList(), Missed.Concat(other.Missed).ToList(), Errors.Concat(other.Errors).ToList());

    public override string ToString() =>
        Judged + " patch targets judged against what the run printed: " + FalseFindings.Count + " false INIT301, " + Missed.Count + " missed, " + Errors.Count + " other errors"
        + string.Concat(FalseFindings.Take(5).Select(f => "\n  FALSE INIT301: " + f))
        + string.Concat(Missed.Take(5).Select(m => "\n  MISSED: " + m))
        + string.Concat(Errors.Take(5).Select(e => "\n  ERROR: " + e));
}
