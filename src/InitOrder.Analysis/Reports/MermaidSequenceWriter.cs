using System.Collections.Generic;
using System.Text;

namespace InitOrder.Analysis.Reports;

/// <summary>
/// The initialization sequence as a Mermaid flowchart: module initializers in order, InitOrder's
/// patches inside its initializer, and a dashed edge from each violation's root to the patch it breaks.
/// </summary>
internal static class MermaidSequenceWriter
{
    public static void Write(StringBuilder text, VerificationResult result)
    {
        text.Append("```mermaid\nflowchart TD\n");
        var ids = new Dictionary<string, string>(System.StringComparer.Ordinal);
        string? previous = null;
        for (int i = 0; i < result.Initializers.Count; i++)
        {
            var initializer = result.Initializers[i];
            string id = "init" + i;
            ids[initializer.Method] = id;
            string label = (initializer.IsInitOrder ? "InitOrder: " : "") + initializer.Method;
            text.Append("  ").Append(id).Append('[').Append(MarkdownText.MermaidLabel(label)).Append("]\n");
            if (previous is not null)
            {
                text.Append("  ").Append(previous).Append(" --> ").Append(id).Append('\n');
            }

            previous = id;
            if (initializer.IsInitOrder)
            {
                WritePatches(text, result, id, ids);
            }
        }

        for (int i = 0; i < result.Violations.Count; i++)
        {
            var violation = result.Violations[i];
            if (ids.TryGetValue(violation.Patch, out string? patchId))
            {
                if (!ids.TryGetValue(violation.Root, out string? rootId))
                {
                    rootId = "root" + i;
                    ids[violation.Root] = rootId;
                    text.Append("  ").Append(rootId).Append('[').Append(MarkdownText.MermaidLabel(violation.Root)).Append("]\n");
                }

                text.Append("  ").Append(rootId).Append(" -. ").Append(violation.Code).Append(" .-> ").Append(patchId).Append('\n');
            }
        }

        text.Append("```\n");
    }

    private static void WritePatches(StringBuilder text, VerificationResult result, string initializerId, Dictionary<string, string> ids)
    {
        string previous = initializerId;
        for (int p = 0; p < result.Patches.Count; p++)
        {
            var patch = result.Patches[p];
            string id = "patch" + p;
            ids[patch.Method] = id;
            string label = "patch " + (p + 1) + ": " + patch.Method + " (Order " + patch.Order + ")";
            text.Append("  ").Append(id).Append('(').Append(MarkdownText.MermaidLabel(label)).Append(")\n");
            text.Append("  ").Append(previous).Append(p == 0 ? " -- applies --> " : " --> ").Append(id).Append('\n');
            previous = id;
        }
    }
}
