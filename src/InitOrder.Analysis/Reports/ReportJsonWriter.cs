namespace InitOrder.Analysis.Reports;

/// <summary>
/// Writes <c>InitOrder.report.json</c>: the machine-readable result. Stable order, project-relative
/// paths; only <c>stats.milliseconds</c> varies between identical runs.
/// </summary>
public static class ReportJsonWriter
{
    public static string Write(VerificationResult result)
    {
        var json = new JsonWriter();
        json.BeginObject();
        json.Property("assembly", result.AssemblyName);

        json.Name("initializers");
        json.BeginArray();
        foreach (var initializer in result.Initializers)
        {
            json.BeginObject();
            json.Property("method", initializer.Method);
            json.Property("isInitOrder", initializer.IsInitOrder);
            json.EndObject();
        }

        json.EndArray();

        json.Name("patches");
        json.BeginArray();
        foreach (var patch in result.Patches)
        {
            json.BeginObject();
            json.Property("method", patch.Method);
            json.Property("assembly", patch.DeclaringAssembly);
            json.Property("order", patch.Order);
            json.StringArray("targets", patch.Targets);
            json.StringArray("assemblies", patch.Assemblies);
            json.StringArray("runsBefore", patch.RunsBefore);
            json.StringArray("mayRunBefore", patch.MayRunBefore);
            json.Name("reflection");
            json.BeginArray();
            foreach (var step in patch.Reflection)
            {
                json.BeginObject();
                json.Property("api", step.Api);
                json.Property("rule", step.Rule);
                json.Property("why", step.Why);
                json.Property("method", step.Method);
                WriteLocation(json, step.Location);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();

        json.Name("violations");
        json.BeginArray();
        foreach (var violation in result.Violations)
        {
            WriteViolation(json, violation, null);
        }

        json.EndArray();

        json.Name("accepted");
        json.BeginArray();
        foreach (var accepted in result.Accepted)
        {
            WriteViolation(json, accepted.Violation, accepted);
        }

        json.EndArray();

        json.Name("notFollowed");
        json.BeginArray();
        foreach (var item in result.NotFollowed)
        {
            json.BeginObject();
            json.Property("what", item.What);
            json.Property("why", item.Why);
            json.Property("count", item.Count);
            json.Name("where");
            json.BeginObject();
            json.Property("method", item.WhereMethod);
            WriteLocation(json, item.WhereLocation);
            json.EndObject();
            json.EndObject();
        }

        json.EndArray();

        json.Name("problems");
        json.BeginArray();
        foreach (var problem in result.Problems)
        {
            json.BeginObject();
            json.Property("code", problem.Code);
            json.Property("severity", problem.Severity.ToString().ToLowerInvariant());
            json.Property("message", problem.Message);
            json.Property("file", problem.DisplayFile);
            json.Name("line");
            WriteOptionalNumber(json, problem.Location?.Line);
            json.EndObject();
        }

        json.EndArray();

        json.Name("stats");
        json.BeginObject();
        json.Property("methodsAnalysed", result.Stats.MethodsAnalysed);
        json.Property("edges", result.Stats.Edges);
        json.Property("bytesRead", result.Stats.BytesRead);
        json.Property("milliseconds", result.Stats.Milliseconds);
        json.Property("reused", result.Stats.Reused);
        json.Name("phases");
        json.BeginArray();
        foreach (var phase in result.Stats.Phases)
        {
            json.BeginObject();
            json.Property("name", phase.Name);
            json.Property("milliseconds", (long)System.Math.Round(phase.Milliseconds));
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();

        json.EndObject();
        return json.ToString();
    }

    private static void WriteViolation(JsonWriter json, Violation violation, AcceptedViolation? accepted)
    {
        json.BeginObject();
        json.Property("code", violation.Code);
        if (accepted is not null)
        {
            json.Property("justification", accepted.Justification);
            json.Property("acceptedAt", accepted.AcceptedAt);
        }

        json.Property("patch", violation.Patch);
        json.Property("patchedType", violation.PatchedType);
        json.Property("root", violation.Root);
        json.Property("message", violation.Message);
        WriteLocation(json, violation.Location);
        json.Name("chain");
        json.BeginArray();
        foreach (var step in violation.Chain)
        {
            json.BeginObject();
            json.Property("method", step.Method);
            WriteLocation(json, step.Location);
            if (step.Relation is { } relation)
            {
                json.Property("relation", relation);
            }

            if (step.Note is { } note)
            {
                json.Property("note", note);
            }

            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteLocation(JsonWriter json, SourceLocation? location)
    {
        json.Property("file", location?.DisplayPath);
        json.Name("line");
        WriteOptionalNumber(json, location?.Line);
        json.Name("column");
        WriteOptionalNumber(json, location?.Column);
    }

    private static void WriteOptionalNumber(JsonWriter json, int? value)
    {
        if (value is { } number)
        {
            json.Number(number);
        }
        else
        {
            json.Null();
        }
    }
}
