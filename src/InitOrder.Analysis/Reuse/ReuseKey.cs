using System;
using System.Collections.Generic;
using System.Linq;
using InitOrder.Analysis.Facts.Cache;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// Everything outside the analysed assembly that a verification depends on, as one digest: InitOrder's own version,
/// the request's settings, each reference file's path, size and time and those of the PDB beside it (a reference rebuilt or
/// updated in place has a new time), and how the analysed assembly's PDB loaded.
/// </summary>
internal static class ReuseKey
{
    /// <summary>Bump whenever what a saved verification holds or means changes.</summary>
    public const int FormatVersion = 2;

    public static byte[] Compute(VerificationRequest request, PdbLoadResult pdb)
    {
        using var digest = new DigestWriter();
        digest.Add(FormatVersion);
        digest.Add(FactsCacheFormat.AnalysisVersion);
        digest.Add(System.IO.Path.GetFullPath(request.AssemblyPath));
        digest.Add(request.ProjectDirectory);
        foreach (var root in request.SourceRoots)
        {
            digest.Add(root.LocalPath);
            digest.Add(root.MappedPath);
        }

        digest.Add(-2);
        AddStrings(digest, request.CheckedTypes);
        AddStrings(digest, request.CheckedAssemblies);
        digest.Add(request.AllStaticConstructorsRunFirst);
        digest.Add(request.ExplainStaticConstructors);
        digest.Add(request.ScanRepeatedTokens);
        AddStrings(digest, request.IgnoredReflection.OrderBy(name => name, StringComparer.Ordinal).ToList());
        digest.Add(request.IgnoreTypeWideEscapes);
        foreach (string reference in request.ReferencePaths)
        {
            digest.Add(reference);
            AddStamp(digest, reference);

            // A reference's PDB gives its steps their lines (Loading/AssemblySet); the usual place is beside it.
            AddStamp(digest, System.IO.Path.ChangeExtension(reference, ".pdb"));
        }

        digest.Add(-2);
        digest.Add((long)pdb.Status);
        digest.Add(pdb.Detail);
        return digest.Finish();
    }

    private static void AddStamp(DigestWriter digest, string path)
    {
        var (size, lastWriteTicks) = AssemblyFileReader.Stamp(path);
        digest.Add(size);
        digest.Add(lastWriteTicks);
    }

    private static void AddStrings(DigestWriter digest, IReadOnlyList<string> values)
    {
        foreach (string value in values)
        {
            digest.Add(value);
        }

        digest.Add(-2);
    }
}
