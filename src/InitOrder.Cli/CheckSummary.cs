using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis;

namespace InitOrder.Cli;

/// <summary>The closing lines of a check: what was checked against what, and the verdict.</summary>
internal static class CheckSummary
{
    public static IEnumerable<string> Lines(VerificationResult result, CheckOptions options, CheckedTargets targets)
    {
        string assembly = "'" + (result.AssemblyName ?? options.AssemblyPath) + "'";
        bool hasInitOrder = result.Patches.Count > 0 || result.Initializers.Any(i => i.IsInitOrder);
        if (hasInitOrder && options.Targets.Count > 0)
        {
            yield return "--target is ignored: " + assembly + " has InitOrder patches, and their own targets were checked.";
        }

        string runsFirst = RunsFirst(result, options, hasInitOrder);
        if (hasInitOrder)
        {
            yield return "Checked " + Count(result.Patches.Count, "patch", "patches") + " of " + assembly + " against " + runsFirst + ".";
        }
        else if (targets.Types.Count + targets.Assemblies.Count > 0)
        {
            var named = targets.Types.Select(t => "type '" + t + "'").Concat(targets.Assemblies.Select(a => "assembly '" + a + "'"));
            yield return "Checked " + string.Join(", ", named) + " against " + runsFirst + " of " + assembly + ".";
        }
        else if (result.AssemblyName is not null)
        {
            yield return assembly + " has no InitOrder patches and no --target was given, so nothing was checked" +
                (options.AllStaticConstructors ? " (the search from every static constructor still ran)." : ".");
        }

        yield return Verdict(result) + " (" + result.Stats.MethodsAnalysed + " methods, " + result.Stats.Edges + " edges, " + result.Stats.Milliseconds + " ms)";
    }

    private static string RunsFirst(VerificationResult result, CheckOptions options, bool hasInitOrder)
    {
        int initializers = hasInitOrder ? result.Initializers.TakeWhile(i => !i.IsInitOrder).Count() : result.Initializers.Count;
        string text = hasInitOrder
            ? Count(initializers, "module initializer", "module initializers") + " ahead of InitOrder's, the patch sequence"
            : Count(initializers, "module initializer", "module initializers");
        return options.AllStaticConstructors ? text + " and every static constructor" : text;
    }

    private static string Verdict(VerificationResult result)
    {
        int errors = result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        int warnings = result.Problems.Count(p => p.Severity == ProblemSeverity.Warning);
        string counts = Count(result.Violations.Count, "violation", "violations") + (result.Accepted.Count == 0 ? "" : " (" + result.Accepted.Count + " accepted)") + ", " + Count(errors, "error", "errors") + ", " + Count(warnings, "warning", "warnings");
        return (result.HasErrors ? "Failed: " : "Passed: ") + counts;
    }

    private static string Count(int count, string one, string many) => count + " " + (count == 1 ? one : many);
}
