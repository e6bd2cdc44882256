using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Graph;

namespace InitOrder.Analysis.Verification;

/// <summary>
/// Splits violations into those still to report and those the code accepts with <c>[AcceptViolation]</c>.
/// A method-level acceptance covers only chains that start at that method; an assembly-level one covers any chain.
/// The code must match, and so must the patch and the target where the acceptance names them.
/// </summary>
internal sealed class AcceptanceMatcher
{
    private readonly CodeGraph _graph;
    private readonly List<(DeclaredAcceptance Acceptance, string Place)> _acceptances;
    private readonly HashSet<DeclaredAcceptance> _used = new();

    public AcceptanceMatcher(CodeGraph graph, IEnumerable<DeclaredAcceptance> acceptances)
    {
        _graph = graph;
        _acceptances = acceptances
            .Where(a => a.NamesSomething && a.Justification.Trim().Length > 0)
            .Select(a => (a, a.IsOnAssembly ? AcceptedViolation.OnAssembly : MethodName(a)))
            .ToList();
        Ignored = acceptances.Where(a => !a.NamesSomething || a.Justification.Trim().Length == 0).ToList();
    }

    /// <summary>Acceptances without a patch, a target or a justification (INIT006 at compile time); they accept nothing.</summary>
    public List<DeclaredAcceptance> Ignored { get; }

    /// <summary>Acceptances that matched no violation in this run.</summary>
    public IEnumerable<(DeclaredAcceptance Acceptance, string Place)> Unused => _acceptances.Where(a => !_used.Contains(a.Acceptance));

    public (List<Violation> Remaining, List<AcceptedViolation> Accepted) Apply(IEnumerable<Violation> violations)
    {
        var remaining = new List<Violation>();
        var accepted = new List<AcceptedViolation>();
        foreach (var violation in violations)
        {
            // Method-level acceptances first: the narrower statement is the one a reviewer wrote for this chain.
            var match = _acceptances
                .Where(a => Matches(a.Acceptance, a.Place, violation))
                .OrderBy(a => a.Acceptance.IsOnAssembly)
                .Select(a => ((DeclaredAcceptance, string)?)a)
                .FirstOrDefault();
            if (match is { } found)
            {
                _used.Add(found.Item1);
                accepted.Add(new AcceptedViolation(violation, found.Item1.Justification, found.Item2));
            }
            else
            {
                remaining.Add(violation);
            }
        }

        return (remaining, accepted);
    }

    private static bool Matches(DeclaredAcceptance acceptance, string place, Violation violation) =>
        string.Equals(acceptance.Code, violation.Code, StringComparison.OrdinalIgnoreCase)
        && (acceptance.Patch is null || acceptance.Patch == violation.Patch)
        && (acceptance.Target is null || acceptance.Target == violation.PatchedType)
        && (acceptance.IsOnAssembly || place == violation.Root);

    private string MethodName(DeclaredAcceptance acceptance) => _graph.Node(_graph.Assemblies.Main, acceptance.Method).FullName;
}
