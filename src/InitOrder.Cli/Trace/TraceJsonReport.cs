using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace InitOrder.Cli.Trace;

/// <summary>InitOrder.trace.json: the run, each patch, each violation with its stack, and how they compare with the build.</summary>
internal static class TraceJsonReport
{
    public static string Write(TraceResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteStrings(json, "command", result.Command);
            json.WriteNumber("commandExitCode", result.CommandExitCode);
            json.WriteNumber("exitCode", result.ExitCode);
            json.WriteStartArray("processes");
            foreach (int process in result.Processes)
            {
                json.WriteNumberValue(process);
            }

            json.WriteEndArray();
            WritePatches(json, result);
            WriteViolations(json, result);
            WriteStrings(json, "predictedNotSeen", result.PredictedNotSeen);
            json.WriteNumber("frameworkTouches", result.FrameworkTouches);
            WriteDiagnostics(json, result);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WritePatches(Utf8JsonWriter json, TraceResult result)
    {
        json.WriteStartArray("patches");
        foreach (var patch in result.Patches)
        {
            json.WriteStartObject();
            json.WriteString("method", patch.Method);
            json.WriteString("assembly", patch.Assembly);
            WriteStrings(json, "targets", patch.Targets);
            json.WriteBoolean("ran", patch.Ran);
            if (patch.ProcessId is { } process)
            {
                json.WriteNumber("process", process);
            }
            else
            {
                json.WriteNull("process");
            }

            WriteStrings(json, "moduleInitializersBefore", patch.InitializersBefore);
            WriteStrings(json, "moduleInitializersAfter", patch.InitializersAfter);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteViolations(Utf8JsonWriter json, TraceResult result)
    {
        json.WriteStartArray("violations");
        foreach (var violation in result.Violations)
        {
            json.WriteStartObject();
            json.WriteString("patch", violation.Patch);
            json.WriteString("target", violation.Target);
            json.WriteString("touchedBy", violation.TouchedBy);
            json.WriteString("targetCodeRan", violation.Ran);
            json.WriteNumber("process", violation.ProcessId);
            json.WriteString("predictedByBuild", violation.PredictedBy);
            json.WriteStartArray("stack");
            foreach (var frame in violation.Stack)
            {
                json.WriteStartObject();
                json.WriteString("method", frame.DisplayName);
                json.WriteString("file", frame.Line?.Path);
                json.WriteNumber("line", frame.Line?.Line ?? 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, TraceResult result)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            json.WriteString("file", diagnostic.File);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
