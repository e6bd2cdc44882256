using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Splits violations into those still to report and those the code accepts with <c>[AcceptViolation]</c>.
/// A method-level acceptance covers only chains that start at that method, or that are reported there (a library's module
/// initializer the JIT runs for a patch is reported at the patch); an assembly-level one covers any chain.
/// The code must match, and so must the patch and the target where the acceptance names them.
/// </summary>
internal sealed class AcceptanceMatcher
{
    private readonly List<(DeclaredAcceptance Acceptance, string Place)> _acceptances;
    private readonly HashSet<DeclaredAcceptance> _used = new();

    /// <param name="acceptances">
    /// All declared acceptances; those without a patch, a target or a justification (INIT006 at compile time) accept nothing.
    /// </param>
    public AcceptanceMatcher(FactStore store, IEnumerable<DeclaredAcceptance> acceptances)
    {
        _acceptances = acceptances
            .Where(a => a.IsUsable)
            .Select(a => (a, a.IsOnAssembly ? AcceptedViolation.OnAssembly : store.Node(store.Context.Assemblies.Main, a.Method).FullName))
            .ToList();
    }

    /// <summary>Acceptances that matched no violation in this run.</summary>
    public IEnumerable<(DeclaredAcceptance Acceptance, string Place)> Unused => _acceptances.Where(a => !_used.Contains(a.Acceptance));

    public (List<Violation> Remaining, List<AcceptedViolation> Accepted) Apply(IEnumerable<Violation> violations)
    {
        var remaining = new List<Violation>();
        var accepted = new List<AcceptedViolation>();
        foreach (var violation in violations)
        {
            // Method-level acceptances first: the narrower statement is the one a reviewer wrote for this chain.
            var candidates = _acceptances.Where(a => Matches(a.Acceptance, a.Place, violation)).ToList();
            if (candidates.Count == 0)
            {
                remaining.Add(violation);
                continue;
            }

            var (acceptance, place) = candidates.OrderBy(a => a.Acceptance.IsOnAssembly).First();
            _used.Add(acceptance);
            accepted.Add(new AcceptedViolation(violation, acceptance.Justification, place));
        }

        return (remaining, accepted);
    }

    private static bool Matches(DeclaredAcceptance acceptance, string place, Violation violation) =>
        string.Equals(acceptance.Code, violation.Code, StringComparison.OrdinalIgnoreCase)
        && (acceptance.Patch is null || acceptance.Patch == violation.Patch)
        && (acceptance.Target is null || acceptance.Target == violation.PatchedType)
        && (acceptance.IsOnAssembly || place == violation.Root || place == violation.ReportedAt);
}
