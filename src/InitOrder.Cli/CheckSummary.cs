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

        if (hasInitOrder)
        {
            yield return "Checked " + Count(result.Patches.Count, "patch", "patches") + " of " + assembly + " against " + PatchesAgainst(result, options) + ".";
        }
        else if (targets.Types.Count + targets.Assemblies.Count > 0)
        {
            var named = targets.Types.Select(t => "type '" + t + "'").Concat(targets.Assemblies.Select(a => "assembly '" + a + "'"));
            yield return "Checked " + string.Join(", ", named) + " against " + TargetsAgainst(result, options, assembly) + ".";
        }
        else if (result.AssemblyName is not null)
        {
            yield return assembly + " has no InitOrder patches and no --target was given, so nothing was checked" +
                (options.AllStaticConstructors ? " (the search from every static constructor still ran)." : ".");
        }

        yield return Verdict(result) + " (" + Count(result.Stats.MethodsAnalysed, "method", "methods") + ", " + Count(result.Stats.Edges, "edge", "edges") + ", " + result.Stats.Milliseconds + " ms" + (result.Stats.Reused ? ", the previous check reused: nothing it read changed" : "") + ")";
    }

    /// <summary>What runs before the patches: "the patch sequence and 1 module initializer that runs ahead of InitOrder's".</summary>
    private static string PatchesAgainst(VerificationResult result, CheckOptions options)
    {
        int initializers = result.Initializers.TakeWhile(i => !i.IsInitOrder).Count();
        var parts = new List<string> { "the patch sequence" };
        if (initializers > 0)
        {
            parts.Add(Count(initializers, "module initializer that runs", "module initializers that run") + " ahead of InitOrder's");
        }

        if (options.AllStaticConstructors)
        {
            parts.Add("every static constructor");
        }

        return And(parts) + (initializers == 0 ? "; no module initializer runs ahead of InitOrder's" : "");
    }

    /// <summary>What runs before checked targets: "1 module initializer of 'Plain'", or that there is none.</summary>
    private static string TargetsAgainst(VerificationResult result, CheckOptions options, string assembly)
    {
        int initializers = result.Initializers.Count;
        var parts = new List<string>();
        if (initializers > 0)
        {
            parts.Add(Count(initializers, "module initializer", "module initializers"));
        }

        if (options.AllStaticConstructors)
        {
            parts.Add("every static constructor");
        }

        return parts.Count == 0
            ? "the module initializers of " + assembly + ": it has none, so nothing runs first"
            : And(parts) + " of " + assembly + (initializers == 0 ? " (it has no module initializer)" : "");
    }

    private static string And(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];

    private static string Verdict(VerificationResult result)
    {
        int errors = result.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        int warnings = result.Problems.Count(p => p.Severity == ProblemSeverity.Warning);
        string counts = Count(result.Violations.Count, "violation", "violations") + (result.Accepted.Count == 0 ? "" : " (" + result.Accepted.Count + " accepted)") + ", " + Count(errors, "error", "errors") + ", " + Count(warnings, "warning", "warnings");
        return (result.HasErrors ? "Failed: " : "Passed: ") + counts;
    }

    private static string Count(int count, string one, string many) => count + " " + (count == 1 ? one : many);
}
