using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// Answers "which source line is this IL offset on" from a portable PDB: the last visible sequence
/// point at or before the offset, the same rule debuggers use.
/// </summary>
internal sealed class SourceLineMap : IDisposable
{
    private readonly MetadataReaderProvider _provider;
    private readonly MetadataReader _pdb;
    private readonly SourcePathMapper _paths;
    private readonly Dictionary<MethodDefinitionHandle, List<SequencePoint>> _points = new();

    public SourceLineMap(MetadataReaderProvider provider, SourcePathMapper paths)
    {
        _provider = provider;
        _pdb = provider.GetMetadataReader();
        _paths = paths;
    }

    /// <summary>Records each method whose sequence points are read (see <see cref="LoadedAssembly.Reads"/>).</summary>
    public Reuse.MethodReadLog? Reads { get; set; }

    /// <summary>The PDB's metadata, for the digest of what was read.</summary>
    public MetadataReader Pdb => _pdb;

    public SourceLocation? Find(MethodDefinitionHandle method, int ilOffset)
    {
        SequencePoint? best = null;
        foreach (var point in PointsOf(method))
        {
            if (point.Offset > ilOffset)
            {
                break;
            }

            best = point;
        }

        if (best is not { } found)
        {
            return null;
        }

        string document;
        try
        {
            document = _pdb.GetString(_pdb.GetDocument(found.Document).Name);
        }
        catch (BadImageFormatException)
        {
            // A damaged document table costs this location, not the verification: the PDB only adds lines.
            return null;
        }

        return _paths.Locate(document, found.StartLine, found.StartColumn);
    }

    public void Dispose() => _provider.Dispose();

    private List<SequencePoint> PointsOf(MethodDefinitionHandle method)
    {
        Reads?.Add(method);
        if (!_points.TryGetValue(method, out var points))
        {
            points = new List<SequencePoint>();
            try
            {
                // The PDB's MethodDebugInformation table is parallel to the MethodDef table; a shorter table means no points.
                // Sequence points are stored in offset order, which Find relies on.
                if (MetadataTokens.GetRowNumber(method) <= _pdb.MethodDebugInformation.Count)
                {
                    foreach (var point in _pdb.GetMethodDebugInformation(method).GetSequencePoints())
                    {
                        if (!point.IsHidden)
                        {
                            points.Add(point);
                        }
                    }
                }
            }
            catch (BadImageFormatException)
            {
                // A damaged sequence-point blob costs this method its lines, nothing more.
                points.Clear();
            }

            _points.Add(method, points);
        }

        return points;
    }
}
