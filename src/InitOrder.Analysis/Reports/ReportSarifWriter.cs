using System.Linq;

namespace InitOrder.Analysis.Reports;

/// <summary>
/// Writes <c>InitOrder.report.sarif</c> (SARIF 2.1.0), so CI systems that read SARIF show violations inline.
/// Each violation's chain becomes a code flow: one thread-flow location per "x refers to y" step.
/// Paths are project-relative (uriBaseId PROJECTROOT), like the other reports, so identical builds give identical files.
/// </summary>
public static class ReportSarifWriter
{
    private const string ProjectRoot = "PROJECTROOT";

    public static string Write(VerificationResult result)
    {
        var json = new JsonWriter();
        json.BeginObject();
        json.Property("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.Property("version", "2.1.0");
        json.Name("runs");
        json.BeginArray();
        json.BeginObject();
        WriteTool(json, result);
        json.Name("results");
        json.BeginArray();
        foreach (var violation in result.Violations)
        {
            WriteViolation(json, violation, null);
        }

        foreach (var accepted in result.Accepted)
        {
            WriteViolation(json, accepted.Violation, accepted.Justification);
        }

        foreach (var problem in result.Problems.Where(p => p.Severity != ProblemSeverity.Message))
        {
            WriteResult(json, problem.Code, problem.Severity == ProblemSeverity.Error ? "error" : "warning", problem.Message, problem.Location);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    private static void WriteTool(JsonWriter json, VerificationResult result)
    {
        var codes = result.Violations.Concat(result.Accepted.Select(a => a.Violation)).Select(v => v.Code)
            .Concat(result.Problems.Where(p => p.Severity != ProblemSeverity.Message).Select(p => p.Code))
            .Distinct()
            .OrderBy(c => c, System.StringComparer.Ordinal);
        json.Name("tool");
        json.BeginObject();
        json.Name("driver");
        json.BeginObject();
        json.Property("name", "InitOrder");
        if (HelpLinks.Documentation is { } documentation)
        {
            json.Property("informationUri", documentation);
        }

        json.Name("rules");
        json.BeginArray();
        foreach (var code in codes)
        {
            json.BeginObject();
            json.Property("id", code);
            if (HelpLinks.For(code) is { } help)
            {
                json.Property("helpUri", help);
            }

            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        json.EndObject();
    }

    /// <param name="justification">For an accepted violation: written as an in-source suppression, which SARIF viewers hide by default.</param>
    private static void WriteViolation(JsonWriter json, Violation violation, string? justification)
    {
        WriteResult(json, violation.Code, "error", violation.Message, violation.Location);
        if (justification is not null)
        {
            json.Name("suppressions");
            json.BeginArray();
            json.BeginObject();
            json.Property("kind", "inSource");
            json.Property("justification", justification);
            json.EndObject();
            json.EndArray();
        }

        json.Name("codeFlows");
        json.BeginArray();
        json.BeginObject();
        json.Name("threadFlows");
        json.BeginArray();
        json.BeginObject();
        json.Name("locations");
        json.BeginArray();
        foreach (var step in violation.Chain)
        {
            json.BeginObject();
            json.Name("location");
            json.BeginObject();
            if (step.Location is { } location)
            {
                WritePhysicalLocation(json, location);
            }

            json.Name("message");
            json.BeginObject();
            json.Property("text", step.Relation is null ? step.Method : step.Method + " (" + step.Relation + ")");
            json.EndObject();
            json.EndObject();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        json.EndArray();
        json.EndObject();
        json.EndArray();
        json.EndObject();
    }

    /// <summary>Opens a result object and writes its common members; the caller closes it.</summary>
    private static void WriteResult(JsonWriter json, string code, string level, string message, SourceLocation? location)
    {
        json.BeginObject();
        json.Property("ruleId", code);
        json.Property("level", level);
        json.Name("message");
        json.BeginObject();
        json.Property("text", message);
        json.EndObject();
        json.Name("locations");
        json.BeginArray();
        if (location is not null)
        {
            json.BeginObject();
            WritePhysicalLocation(json, location);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WritePhysicalLocation(JsonWriter json, SourceLocation location)
    {
        json.Name("physicalLocation");
        json.BeginObject();
        json.Name("artifactLocation");
        json.BeginObject();
        json.Property("uri", location.DisplayPath.Replace('\\', '/'));
        if (!System.IO.Path.IsPathRooted(location.DisplayPath))
        {
            json.Property("uriBaseId", ProjectRoot);
        }

        json.EndObject();
        json.Name("region");
        json.BeginObject();
        json.Property("startLine", location.Line);
        json.Property("startColumn", location.Column);
        json.EndObject();
        json.EndObject();
    }
}
