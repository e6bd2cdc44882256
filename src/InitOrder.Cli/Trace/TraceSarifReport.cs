using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InitOrder.Analysis;
using InitOrder.Analysis.Reports;
using InitOrder.Tracing;

namespace InitOrder.Cli.Trace;

/// <summary>InitOrder.trace.sarif: SARIF 2.1.0 results with the run-time stack of each violation, for code-scanning UIs.</summary>
internal static class TraceSarifReport
{
    public static string Write(TraceResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "initorder trace");
            if (HelpLinks.Documentation is { } documentation)
            {
                json.WriteString("informationUri", documentation);
            }

            json.WriteStartArray("rules");
            foreach (string code in result.Diagnostics.Select(d => d.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                if (HelpLinks.For(code) is { } help)
                {
                    json.WriteString("helpUri", help);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteResult(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteResult(Utf8JsonWriter json, TraceDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteString("level", diagnostic.Severity switch { ProblemSeverity.Error => "error", ProblemSeverity.Warning => "warning", _ => "note" });
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (diagnostic.File is { } file)
        {
            json.WriteStartObject();
            WritePhysical(json, file, diagnostic.Line, diagnostic.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (diagnostic.Stack.Count > 0)
        {
            json.WriteStartArray("stacks");
            json.WriteStartObject();
            json.WriteStartArray("frames");
            foreach (var frame in diagnostic.Stack)
            {
                WriteFrame(json, frame);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteFrame(Utf8JsonWriter json, TraceFrame frame)
    {
        json.WriteStartObject();
        json.WriteStartObject("location");
        json.WriteStartObject("message");
        json.WriteString("text", frame.DisplayName);
        json.WriteEndObject();
        if (frame.Line is { } line)
        {
            WritePhysical(json, line.Path, line.Line, line.Column);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter json, string file, int line, int column)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", new Uri(Path.GetFullPath(file)).AbsoluteUri);
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", Math.Max(column, 1));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
