using System.Collections.Generic;
using InitOrder.Analysis.Explanation;
using InitOrder.Analysis.Facts.Cache;

namespace InitOrder.Analysis.Reuse;

/// <summary>Reads what <see cref="VerificationResultWriter"/> wrote; damage throws <see cref="System.IO.InvalidDataException"/>.</summary>
internal static class VerificationResultReader
{
    /// <summary>The saved findings, with the saved run's size; the caller gives them this run's time (VerificationRun).</summary>
    public static VerificationResult Read(CacheBinaryReader reader)
    {
        string? assemblyName = reader.ReadOptionalString();
        var initializers = reader.ReadList(() => new InitializerInfo(reader.ReadString(), reader.ReadBool()));
        var patches = reader.ReadList(() => ReadPatch(reader));
        var violations = reader.ReadList(() => ReadViolation(reader));
        var accepted = reader.ReadList(() => new AcceptedViolation(ReadViolation(reader), reader.ReadString(), reader.ReadString()));
        var notFollowed = reader.ReadList(() => new NotFollowedItem(reader.ReadString(), reader.ReadString(), reader.ReadInt(), reader.ReadOptionalString(), ReadLocation(reader)));
        var problems = reader.ReadList(() =>
        {
            string code = reader.ReadString();
            byte severity = reader.ReadByte();
            if (severity > (byte)ProblemSeverity.Message)
            {
                throw new System.IO.InvalidDataException("Unknown severity.");
            }

            return new Problem(code, (ProblemSeverity)severity, reader.ReadString(), ReadLocation(reader), reader.ReadOptionalString(), reader.ReadOptionalString());
        });
        int methods = reader.ReadInt();
        int edges = reader.ReadInt();
        long bytesRead = reader.ReadVarint();
        return new VerificationResult(assemblyName, initializers, patches, violations, notFollowed, problems, new AnalysisStats(methods, edges, 0, bytesRead: bytesRead), accepted);
    }

    private static PatchInfo ReadPatch(CacheBinaryReader reader)
    {
        var patch = new PatchInfo(reader.ReadString(), (int)reader.ReadVarint(), ReadStrings(reader), ReadStrings(reader), ReadStrings(reader))
        {
            DeclaringAssembly = reader.ReadString(),
        };
        patch.MayRunBefore = ReadStrings(reader);
        patch.Reflection = reader.ReadList(() => new ReflectionStep(reader.ReadString(), ReadLocation(reader), reader.ReadString(), reader.ReadString(), reader.ReadString()));
        return patch;
    }

    private static Violation ReadViolation(CacheBinaryReader reader)
    {
        string code = reader.ReadString();
        string patch = reader.ReadString();
        string patchedType = reader.ReadString();
        string root = reader.ReadString();
        string message = reader.ReadString();
        string? reportedAt = reader.ReadOptionalString();
        var chain = reader.ReadList(() =>
        {
            string method = reader.ReadString();
            string displayName = reader.ReadString();
            var location = ReadLocation(reader);
            string? relation = reader.ReadOptionalString();
            string? note = reader.ReadOptionalString();
            byte link = reader.ReadByte();
            if (link > (byte)ChainLink.Callback)
            {
                throw new System.IO.InvalidDataException("Unknown chain link.");
            }

            return new ChainStep(method, displayName, location, relation, note) { Link = (ChainLink)link };
        });
        var ownLocation = reader.ReadBool() ? ReadLocation(reader) : null;
        return new Violation(code, patch, patchedType, root, message, chain, ownLocation) { ReportedAt = reportedAt };
    }

    private static IReadOnlyList<string> ReadStrings(CacheBinaryReader reader) => reader.ReadList(reader.ReadString);

    private static SourceLocation? ReadLocation(CacheBinaryReader reader) =>
        reader.ReadBool() ? new SourceLocation(reader.ReadString(), reader.ReadString(), reader.ReadInt(), reader.ReadInt()) : null;
}
