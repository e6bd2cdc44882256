using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Analysis;

/// <summary>
/// Everything the verifier found out about one assembly. Lists are in a stable order so reports are
/// deterministic.
/// </summary>
public sealed class VerificationResult
{
    public VerificationResult(
        string? assemblyName,
        IReadOnlyList<InitializerInfo> initializers,
        IReadOnlyList<PatchInfo> patches,
        IReadOnlyList<Violation> violations,
        IReadOnlyList<NotFollowedItem> notFollowed,
        IReadOnlyList<Problem> problems,
        AnalysisStats stats,
        IReadOnlyList<AcceptedViolation>? accepted = null)
    {
        Accepted = accepted ?? System.Array.Empty<AcceptedViolation>();
        AssemblyName = assemblyName;
        Initializers = initializers;
        Patches = patches;
        Violations = violations;
        NotFollowed = notFollowed;
        Problems = problems;
        Stats = stats;
    }

    /// <summary>The analysed assembly's simple name; null when it could not be read.</summary>
    public string? AssemblyName { get; }

    /// <summary>Calls in <c>&lt;Module&gt;..cctor</c>, in run order.</summary>
    public IReadOnlyList<InitializerInfo> Initializers { get; }

    /// <summary>Patches in run order.</summary>
    public IReadOnlyList<PatchInfo> Patches { get; }

    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Violations accepted in code with <c>[AcceptViolation]</c>: reported, not failing the build.</summary>
    public IReadOnlyList<AcceptedViolation> Accepted { get; }

    public IReadOnlyList<NotFollowedItem> NotFollowed { get; }

    public IReadOnlyList<Problem> Problems { get; }

    public AnalysisStats Stats { get; }

    /// <summary>True when the build should fail: a violation or an error-level problem.</summary>
    public bool HasErrors => Violations.Count > 0 || Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
