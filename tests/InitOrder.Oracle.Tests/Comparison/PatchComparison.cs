using System.Collections.Generic;
using System.Linq;

namespace InitOrder.Oracle.Tests.Comparison;

/// <summary>The oracle's view of one patch next to the verifier's.</summary>
public sealed class PatchComparison
{
    public PatchComparison(
        PatchInfo patch,
        IReadOnlyList<Violation> violations,
        IReadOnlyList<Touch> touches,
        IReadOnlyList<string> staticConstructorsRan,
        IReadOnlyList<Miss> misses)
    {
        Patch = patch;
        Violations = violations;
        Touches = touches;
        StaticConstructorsRan = staticConstructorsRan;
        Misses = misses;
    }

    public PatchInfo Patch { get; }

    /// <summary>The verifier's violations for this patch.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Methods that really ran before the patch and touched its targets, analysed code and framework code.</summary>
    public IReadOnlyList<Touch> Touches { get; }

    /// <summary>Static constructors of analysed code that really ran before the patch, in the verifier's naming.</summary>
    public IReadOnlyList<string> StaticConstructorsRan { get; }

    public IReadOnlyList<Miss> Misses { get; }

    /// <summary>Every method that ran before the patch, framework code included, as the trace names it (<c>Ns.Type.Method()</c>).</summary>
    public IReadOnlyCollection<string> MethodsRan { get; init; } = System.Array.Empty<string>();

    public IReadOnlyList<string> Predicted => Patch.MayRunBefore;

    /// <summary>Predicted static constructors that did run: the numerator of the precision figure.</summary>
    public IReadOnlyList<string> Confirmed => Predicted.Intersect(StaticConstructorsRan).ToList();

    public bool IsFlagged => Violations.Count > 0;

    public bool SawAnalysedTouch => Touches.Any(t => t.InAnalysedCode);
}
