using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// The over-approximation figure: of the static constructors the verifier says may run before a patch, how many
/// did run. Summed over the patches of each sample, then over all samples. A figure to watch, not a pass/fail gate.
/// </summary>
public static class PrecisionTable
{
    private const string SemanticsSample = "Semantics";

    public static string Line(SampleOutcome outcome) =>
        $"{outcome.Sample}: {outcome.Confirmed} of {outcome.Predicted} predicted static constructors ran ({Ratio(outcome.Confirmed, outcome.Predicted)})";

    public static string Markdown(IReadOnlyList<SampleOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.Append("| Sample | Patches | Predicted (may run before) | Ran | Precision | Framework touches (outside the claim) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var outcome in outcomes)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {outcome.Sample} | {outcome.Patches.Count} | {outcome.Predicted} | {outcome.Confirmed} | {Ratio(outcome.Confirmed, outcome.Predicted)} | {outcome.FrameworkTouches} |\n");
        }

        int predicted = outcomes.Sum(o => o.Predicted);
        int confirmed = outcomes.Sum(o => o.Confirmed);
        text.Append(CultureInfo.InvariantCulture, $"| **Total ({outcomes.Count} samples)** | {outcomes.Sum(o => o.Patches.Count)} | {predicted} | {confirmed} | {Ratio(confirmed, predicted)} | {outcomes.Sum(o => o.FrameworkTouches)} |\n");

        // Semantics predicts exactly what runs (one construct per patch): the target is stated without it.
        var libraries = outcomes.Where(o => o.Sample.ToString() != SemanticsSample).ToList();
        if (libraries.Count < outcomes.Count)
        {
            int libraryPredicted = libraries.Sum(o => o.Predicted);
            int libraryConfirmed = libraries.Sum(o => o.Confirmed);
            text.Append(CultureInfo.InvariantCulture, $"| **Total without {SemanticsSample}** | {libraries.Sum(o => o.Patches.Count)} | {libraryPredicted} | {libraryConfirmed} | {Ratio(libraryConfirmed, libraryPredicted)} | {libraries.Sum(o => o.FrameworkTouches)} |\n");
        }

        return text.ToString();
    }

    public static string Ratio(int confirmed, int predicted) =>
        predicted == 0 ? "n/a" : (100.0 * confirmed / predicted).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>
    /// The static constructors each patch's prediction named that did not run before it: the over-approximation
    /// itself, each with the chain that first reached it, to read the next precision step off (written beside the
    /// table). The first chain is one way in, not the only one: removing it may leave the prediction standing. The
    /// chains come with <see cref="OracleMeasurement.ExplainPredictions"/>; without it, only the names.
    /// </summary>
    public static string Unconfirmed(IReadOnlyList<SampleOutcome> outcomes)
    {
        var text = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            foreach (var patch in outcome.Patches)
            {
                var unconfirmed = patch.Predicted.Except(patch.StaticConstructorsRan, StringComparer.Ordinal).ToList();
                var divergence = new ChainDivergence(patch.MethodsRan);
                text.Append(CultureInfo.InvariantCulture, $"## {outcome.Sample}: {patch.Patch.Method} ({unconfirmed.Count} of {patch.Predicted.Count} did not run)\n\n");
                foreach (string constructor in unconfirmed)
                {
                    text.Append("- ").Append(constructor).Append('\n');
                    if (patch.Patch.MayRunBeforeChains.TryGetValue(constructor, out string? chain))
                    {
                        text.Append("  - ").Append(chain).Append('\n');
                        if (divergence.FirstEdgeNotRun(chain) is { } edge)
                        {
                            text.Append("  - left the run at: ").Append(edge).Append('\n');
                        }
                    }
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Dated(IReadOnlyList<SampleOutcome> outcomes) =>
        OracleMeasurement.Heading + "Measured " + DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " over " + outcomes.Count + " sample builds.\n\n" + Markdown(outcomes);
}
