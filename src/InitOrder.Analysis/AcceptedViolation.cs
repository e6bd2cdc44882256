namespace InitOrder.Analysis;

/// <summary>
/// A violation the code accepts with <c>[AcceptViolation]</c>: not a build error, but listed in every report with its
/// justification, so the baseline of accepted risks stays auditable.
/// </summary>
public sealed class AcceptedViolation
{
    /// <summary>The value of <see cref="AcceptedAt"/> for an acceptance on the assembly.</summary>
    public const string OnAssembly = "assembly";

    public AcceptedViolation(Violation violation, string justification, string acceptedAt)
    {
        Violation = violation;
        Justification = justification;
        AcceptedAt = acceptedAt;
    }

    public Violation Violation { get; }

    public string Justification { get; }

    /// <summary>Where the acceptance is written: the method's full name, or <c>assembly</c>.</summary>
    public string AcceptedAt { get; }
}
