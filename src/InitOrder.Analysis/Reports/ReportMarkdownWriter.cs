using System.Linq;
using System.Text;

namespace InitOrder.Analysis.Reports;

/// <summary>
/// Writes <c>InitOrder.report.md</c> for people: the order things initialize in, what may run before
/// each patch, every violation as numbered "x refers to y" steps, what was not followed, and a Mermaid
/// flowchart. Deterministic: no times, project-relative paths.
/// </summary>
public static class ReportMarkdownWriter
{
    public static string Write(VerificationResult result)
    {
        var text = new StringBuilder();
        text.Append("# InitOrder verification: ").Append(MarkdownText.Text(result.AssemblyName ?? "(unreadable assembly)")).Append("\n\n");
        text.Append(result.HasErrors ? "**Result: failed.**" : "**Result: passed.**").Append("\n\n");

        WriteOrder(text, result);
        WritePatches(text, result);
        WriteViolations(text, result);
        WriteAccepted(text, result);
        WriteNotFollowed(text, result);
        WriteProblems(text, result);

        text.Append("## Initialization sequence\n\n");
        MermaidSequenceWriter.Write(text, result);
        return text.ToString();
    }

    private static void WriteOrder(StringBuilder text, VerificationResult result)
    {
        text.Append("## Initialization order\n\n");
        if (result.Initializers.Count == 0)
        {
            text.Append("The assembly has no module initializers.\n\n");
            return;
        }

        text.Append("Calls in `<Module>..cctor`, in the order the runtime makes them:\n\n");
        for (int i = 0; i < result.Initializers.Count; i++)
        {
            var initializer = result.Initializers[i];
            text.Append(i + 1).Append(". ").Append(MarkdownText.Code(initializer.Method));
            text.Append(initializer.IsInitOrder ? " (InitOrder: applies the patches)\n" : "\n");
            if (initializer.IsInitOrder)
            {
                for (int p = 0; p < result.Patches.Count; p++)
                {
                    text.Append("   ").Append(p + 1).Append(". ").Append(MarkdownText.Code(result.Patches[p].Method)).Append('\n');
                }
            }
        }

        text.Append('\n');
    }

    private static void WritePatches(StringBuilder text, VerificationResult result)
    {
        text.Append("## Patches\n\n");
        if (result.Patches.Count == 0)
        {
            text.Append("No patches.\n\n");
            return;
        }

        for (int p = 0; p < result.Patches.Count; p++)
        {
            var patch = result.Patches[p];
            text.Append("### ").Append(p + 1).Append(". ").Append(MarkdownText.Code(patch.Method)).Append("\n\n");
            text.Append("- Declared in: ").Append(MarkdownText.Code(patch.DeclaringAssembly)).Append('\n');
            text.Append("- Order: ").Append(patch.Order).Append('\n');
            text.Append("- Targets: ").Append(List(patch.Targets)).Append('\n');
            text.Append("- Assemblies: ").Append(List(patch.Assemblies)).Append('\n');
            text.Append("- May run before it:").Append(patch.RunsBefore.Count == 0 ? " nothing\n" : "\n");
            foreach (string root in patch.RunsBefore)
            {
                text.Append("  - ").Append(MarkdownText.Code(root)).Append('\n');
            }

            if (patch.Reflection.Count > 0)
            {
                text.Append("- Reflection before it (the rule applied):\n");
                foreach (var step in patch.Reflection)
                {
                    text.Append("  - ").Append(MarkdownText.Code(step.Api)).Append(" in ").Append(MarkdownText.Code(step.Method))
                        .Append(": ").Append(MarkdownText.Code(step.Rule)).Append(", ").Append(MarkdownText.Text(step.Why)).Append('\n');
                }
            }

            text.Append('\n');
        }
    }

    private static void WriteViolations(StringBuilder text, VerificationResult result)
    {
        text.Append("## Violations\n\n");
        if (result.Violations.Count == 0)
        {
            text.Append(result.Accepted.Count == 0
                ? "None: nothing that runs before a patch reaches its targets.\n\n"
                : "None left: every violation found is accepted in code (see below).\n\n");
            return;
        }

        foreach (var violation in result.Violations)
        {
            WriteViolation(text, violation);
        }
    }

    private static void WriteAccepted(StringBuilder text, VerificationResult result)
    {
        if (result.Accepted.Count == 0)
        {
            return;
        }

        text.Append("## Accepted violations\n\n");
        text.Append("Accepted in code with `[AcceptViolation]`; they do not fail the build. Review them like any other exception to a rule.\n\n");
        foreach (var accepted in result.Accepted)
        {
            WriteViolation(text, accepted.Violation);
            text.Append("Accepted on ").Append(accepted.AcceptedAt == AcceptedViolation.OnAssembly ? "the assembly" : MarkdownText.Code(accepted.AcceptedAt))
                .Append(": ").Append(MarkdownText.Text(accepted.Justification)).Append("\n\n");
        }
    }

    private static void WriteViolation(StringBuilder text, Violation violation)
    {
        text.Append("### ").Append(violation.Code).Append(": ").Append(MarkdownText.Code(violation.Patch))
            .Append(" / ").Append(MarkdownText.Code(violation.PatchedType)).Append("\n\n");
        text.Append(MarkdownText.Text(violation.Message)).Append("\n\n");
        for (int i = 0; i < violation.Chain.Count - 1; i++)
        {
            var step = violation.Chain[i];
            text.Append(i + 1).Append(". ").Append(MarkdownText.Code(step.DisplayName)).Append(' ')
                .Append(step.Relation ?? "refers to").Append(' ').Append(MarkdownText.Code(violation.Chain[i + 1].DisplayName))
                .Append(MarkdownText.Location(step.Location)).Append('\n');
        }

        if (violation.Chain.Count == 1)
        {
            text.Append("1. ").Append(MarkdownText.Code(violation.Chain[0].DisplayName)).Append(" is part of the target\n");
        }

        text.Append('\n');
    }

    private static void WriteNotFollowed(StringBuilder text, VerificationResult result)
    {
        text.Append("## Not followed\n\n");
        if (result.NotFollowed.Count == 0)
        {
            text.Append("Everything reached was followed.\n\n");
            return;
        }

        text.Append("| What | Why | References | First reached from |\n|---|---|---|---|\n");
        foreach (var item in result.NotFollowed)
        {
            text.Append("| ").Append(MarkdownText.Cell(item.What)).Append(" | ").Append(MarkdownText.Cell(item.Why))
                .Append(" | ").Append(item.Count).Append(" | ").Append(MarkdownText.Cell(item.WhereMethod ?? "")).Append(MarkdownText.Location(item.WhereLocation))
                .Append(" |\n");
        }

        text.Append('\n');
    }

    private static void WriteProblems(StringBuilder text, VerificationResult result)
    {
        if (result.Problems.Count == 0)
        {
            return;
        }

        text.Append("## Problems\n\n");
        foreach (var problem in result.Problems)
        {
            text.Append("- **").Append(problem.Code).Append("** (").Append(problem.Severity.ToString().ToLowerInvariant()).Append("): ")
                .Append(MarkdownText.Text(problem.Message)).Append('\n');
        }

        text.Append('\n');
    }

    private static string List(System.Collections.Generic.IReadOnlyList<string> items) =>
        items.Count == 0 ? "none" : string.Join(", ", items.Select(MarkdownText.Code));
}
