using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InitOrder.Oracle.Tests.Comparison;

/// <summary>What a failing soundness test prints: what really ran before the patch, and what the verifier said.</summary>
public static class SideBySide
{
    private const int LeftWidth = 72;

    public static string Format(PatchComparison comparison)
    {
        var left = new List<string> { "ORACLE: target code that ran before the patch, and what ran it" };
        left.AddRange(comparison.Touches.Select(t => "  " + t + " -> " + t.Target + (t.InAnalysedCode ? "" : " (framework)")));
        left.Add("ORACLE: static constructors of analysed code that ran");
        left.AddRange(comparison.StaticConstructorsRan.Select(n => "  " + n));

        var right = new List<string> { "VERIFIER: violations" };
        right.AddRange(comparison.Violations.Select(v => "  " + v.Code + " " + v.PatchedType + ": " + string.Join(" -> ", v.Chain.Select(s => s.DisplayName))));
        right.Add("VERIFIER: static constructors that may run before it");
        right.AddRange(comparison.Predicted.Select(n => "  " + n));

        var text = new StringBuilder();
        text.Append("Patch ").Append(comparison.Patch.Method).Append(" (targets: ")
            .Append(string.Join(", ", comparison.Patch.Targets.Concat(comparison.Patch.Assemblies))).Append(")\n");
        foreach (var miss in comparison.Misses)
        {
            text.Append("  MISS: ").Append(miss).Append('\n');
        }

        for (int i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            string l = i < left.Count ? left[i] : "";
            string r = i < right.Count ? right[i] : "";
            text.Append(Fit(l).PadRight(LeftWidth)).Append(" | ").Append(r).Append('\n');
        }

        return text.ToString();
    }

    private static string Fit(string text) => text.Length <= LeftWidth ? text : text[..(LeftWidth - 1)] + "\u2026";
}
