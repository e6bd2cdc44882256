using System.Collections.Generic;
using System.IO;

namespace InitOrder.Cli.Trace;

/// <summary>The trace's three reports, beside the build's names: InitOrder.trace.json, .md and .sarif.</summary>
internal static class TraceReports
{
    public static IReadOnlyList<string> Write(TraceResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        string json = Path.Combine(directory, "InitOrder.trace.json");
        string markdown = Path.Combine(directory, "InitOrder.trace.md");
        string sarif = Path.Combine(directory, "InitOrder.trace.sarif");
        File.WriteAllText(json, TraceJsonReport.Write(result));
        File.WriteAllText(markdown, TraceMarkdownReport.Write(result));
        File.WriteAllText(sarif, TraceSarifReport.Write(result));
        return new[] { json, markdown, sarif };
    }
}
