using System.Linq;
using System.Text;

namespace InitOrder.Cli.Trace;

/// <summary>InitOrder.trace.md: the same content for people, with the build comparison as its own section.</summary>
internal static class TraceMarkdownReport
{
    public static string Write(TraceResult result)
    {
        var text = new StringBuilder();
        text.Append("# InitOrder trace\n\n");
        text.Append("`").Append(string.Join(" ", result.Command).Replace("`", "'")).Append("` exited with code ").Append(result.CommandExitCode)
            .Append("; ").Append(result.Processes.Count).Append(" process(es) traced.\n\n");

        text.Append("## Patches\n\n| Patch | Assembly | Ran | Process | `[ModuleInitializer]` methods run before it | After it |\n| --- | --- | --- | ---: | --- | --- |\n");
        foreach (var patch in result.Patches)
        {
            text.Append("| `").Append(patch.Method).Append("` | ").Append(patch.Assembly).Append(" | ").Append(patch.Ran ? "yes" : "**never**").Append(" | ")
                .Append(patch.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").Append(" | ")
                .Append(string.Join(", ", patch.InitializersBefore)).Append(" | ").Append(string.Join(", ", patch.InitializersAfter)).Append(" |\n");
        }

        text.Append("\n## Violations\n\n");
        if (result.Violations.Count == 0)
        {
            text.Append("None seen.\n");
        }

        foreach (var violation in result.Violations)
        {
            text.Append("- `").Append(violation.TouchedBy).Append("` ran `").Append(violation.Ran).Append("` of `").Append(violation.Target).Append("` before `").Append(violation.Patch)
                .Append("` (process ").Append(violation.ProcessId).Append(")\n\n```\n");
            foreach (var frame in violation.Stack)
            {
                text.Append(frame).Append('\n');
            }

            text.Append("```\n\n");
        }

        text.Append("\n## Compared with the build\n\n");
        AppendList(text, "Also predicted by the build", result.Violations.Where(v => v.PredictedBy is not null).Select(v => v.PredictedBy + " " + v.Patch + " -> " + v.Target));
        AppendList(text, "Seen only by the trace", result.Violations.Where(v => v.PredictedBy is null).Select(v => v.Patch + " -> " + v.Target + " (" + v.TouchedBy + ")"));
        AppendList(text, "Predicted by the build, not seen in this run", result.PredictedNotSeen);

        text.Append("\n## Diagnostics\n\n");
        foreach (var diagnostic in result.Diagnostics)
        {
            text.Append("- ").Append(diagnostic.Code).Append(' ').Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(": ").Append(diagnostic.Message).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string title, System.Collections.Generic.IEnumerable<string> items)
    {
        var list = items.ToList();
        text.Append("### ").Append(title).Append("\n\n");
        text.Append(list.Count == 0 ? "None.\n" : string.Concat(list.Select(i => "- `" + i.Replace("`", "'") + "`\n")));
        text.Append('\n');
    }
}
