using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// Finds an assembly's portable PDB (embedded, or the file named by the CodeView entry / next to the
/// assembly), reading the file into memory so no handle stays open, and checks it belongs to the assembly.
/// </summary>
internal static class PortablePdbLoader
{
    public static PdbLoadResult Load(LoadedAssembly assembly, SourcePathMapper paths)
    {
        var candidates = new List<string>();
        MetadataReaderProvider? provider = null;
        try
        {
            bool found = assembly.PEReader.TryOpenAssociatedPortablePdb(
                assembly.Path,
                path => OpenIntoMemory(path, candidates),
                out provider,
                out string? pdbPath);

            if (!found || provider is null)
            {
                return candidates.Count == 0
                    ? new PdbLoadResult(PdbStatus.Missing, null, null)
                    : new PdbLoadResult(PdbStatus.Mismatched, null, "'" + paths.ToReportPath(candidates.Last()) + "' was built from a different compilation");
            }

            // The search already compares ids; check again so an embedded PDB copied into a rebuilt image is caught too.
            string? mismatch = DescribeIdMismatch(assembly.PEReader, provider.GetMetadataReader());
            if (mismatch is not null)
            {
                provider.Dispose();
                return new PdbLoadResult(PdbStatus.Mismatched, null, "'" + (pdbPath is null ? "embedded PDB" : paths.ToReportPath(pdbPath)) + "' " + mismatch);
            }

            return new PdbLoadResult(PdbStatus.Found, new SourceLineMap(provider, paths), null);
        }
        catch (Exception e) when (e is BadImageFormatException || e is IOException || e is UnauthorizedAccessException || e is InvalidOperationException || e is ArgumentException)
        {
            provider?.Dispose();
            string where = candidates.Count == 0 ? "the PDB" : "'" + paths.ToReportPath(candidates.Last()) + "'";
            return new PdbLoadResult(PdbStatus.Mismatched, null, where + " could not be read as a portable PDB (" + e.Message + ")");
        }
    }

    private static Stream? OpenIntoMemory(string path, List<string> candidates)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        candidates.Add(path);
        return new MemoryStream(File.ReadAllBytes(path), writable: false);
    }

    private static string? DescribeIdMismatch(PEReader peReader, MetadataReader pdb)
    {
        var codeView = peReader.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.CodeView);
        if (codeView.DataSize == 0)
        {
            return null;
        }

        if (pdb.DebugMetadataHeader is null)
        {
            return "is not a portable PDB";
        }

        var expected = new BlobContentId(peReader.ReadCodeViewDebugDirectoryData(codeView).Guid, codeView.Stamp);
        var actual = new BlobContentId(pdb.DebugMetadataHeader.Id);
        return expected.Equals(actual) ? null : "has id " + actual.Guid + " but the assembly expects " + expected.Guid;
    }
}
