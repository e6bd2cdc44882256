using System.Collections.Generic;
using InitOrder.Analysis.Facts.Cache;

namespace InitOrder.Analysis.Reuse;

/// <summary>Writes a <see cref="VerificationResult"/> for <see cref="VerificationResultReader"/>, every field in declaration order.</summary>
internal static class VerificationResultWriter
{
    public static byte[] Write(VerificationResult result)
    {
        var writer = new CacheBinaryWriter();
        writer.WriteOptionalString(result.AssemblyName);
        writer.WriteCount(result.Initializers, initializer =>
        {
            writer.WriteString(initializer.Method);
            writer.WriteBool(initializer.IsInitOrder);
        });
        writer.WriteCount(result.Patches, patch => WritePatch(writer, patch));
        writer.WriteCount(result.Violations, violation => WriteViolation(writer, violation));
        writer.WriteCount(result.Accepted, accepted =>
        {
            WriteViolation(writer, accepted.Violation);
            writer.WriteString(accepted.Justification);
            writer.WriteString(accepted.AcceptedAt);
        });
        writer.WriteCount(result.NotFollowed, item =>
        {
            writer.WriteString(item.What);
            writer.WriteString(item.Why);
            writer.WriteVarint(item.Count);
            writer.WriteOptionalString(item.WhereMethod);
            WriteLocation(writer, item.WhereLocation);
        });
        writer.WriteCount(result.Problems, problem =>
        {
            writer.WriteString(problem.Code);
            writer.WriteByte((byte)problem.Severity);
            writer.WriteString(problem.Message);
            WriteLocation(writer, problem.Location);
            writer.WriteOptionalString(problem.File);
            writer.WriteOptionalString(problem.DisplayFile);
        });
        writer.WriteVarint(result.Stats.MethodsAnalysed);
        writer.WriteVarint(result.Stats.Edges);
        writer.WriteVarint(result.Stats.BytesRead);
        return writer.ToArray();
    }

    private static void WritePatch(CacheBinaryWriter writer, PatchInfo patch)
    {
        writer.WriteString(patch.Method);
        writer.WriteVarint(patch.Order);
        WriteStrings(writer, patch.Targets);
        WriteStrings(writer, patch.Assemblies);
        WriteStrings(writer, patch.RunsBefore);
        writer.WriteString(patch.DeclaringAssembly);
        WriteStrings(writer, patch.MayRunBefore);
        writer.WriteCount(patch.Reflection, step =>
        {
            writer.WriteString(step.Method);
            WriteLocation(writer, step.Location);
            writer.WriteString(step.Api);
            writer.WriteString(step.Rule);
            writer.WriteString(step.Why);
        });
    }

    private static void WriteViolation(CacheBinaryWriter writer, Violation violation)
    {
        writer.WriteString(violation.Code);
        writer.WriteString(violation.Patch);
        writer.WriteString(violation.PatchedType);
        writer.WriteString(violation.Root);
        writer.WriteString(violation.Message);
        writer.WriteOptionalString(violation.ReportedAt);
        writer.WriteCount(violation.Chain, step =>
        {
            writer.WriteString(step.Method);
            writer.WriteString(step.DisplayName);
            WriteLocation(writer, step.Location);
            writer.WriteOptionalString(step.Relation);
            writer.WriteOptionalString(step.Note);
            writer.WriteByte((byte)step.Link);
        });

        // The location the violation was given, when it is not its chain's first step's.
        bool ownLocation = violation.Chain.Count == 0 || !ReferenceEquals(violation.Location, violation.Chain[0].Location);
        writer.WriteBool(ownLocation);
        if (ownLocation)
        {
            WriteLocation(writer, violation.Location);
        }
    }

    private static void WriteStrings(CacheBinaryWriter writer, IReadOnlyList<string> values) => writer.WriteCount(values, writer.WriteString);

    private static void WriteLocation(CacheBinaryWriter writer, SourceLocation? location)
    {
        writer.WriteBool(location is not null);
        if (location is not null)
        {
            writer.WriteString(location.FilePath);
            writer.WriteString(location.DisplayPath);
            writer.WriteVarint(location.Line);
            writer.WriteVarint(location.Column);
        }
    }
}
