using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InitOrder.Tracing.Metadata;

/// <summary>
/// Maps IL offsets to source lines through an assembly's portable PDB (a file beside it or embedded). Without one,
/// every answer is null: a stack still names its methods, just without lines.
/// </summary>
internal sealed class SourceLines : IDisposable
{
    private readonly MetadataReaderProvider? _provider;

    private SourceLines(MetadataReaderProvider? provider)
    {
        _provider = provider;
    }

    public static SourceLines Open(PEReader pe, string assemblyPath)
    {
        try
        {
            return pe.TryOpenAssociatedPortablePdb(assemblyPath, OpenIfExists, out var provider, out _)
                ? new SourceLines(provider)
                : new SourceLines(null);
        }
        catch (Exception e) when (e is BadImageFormatException || e is IOException || e is UnauthorizedAccessException)
        {
            return new SourceLines(null);
        }
    }

    /// <summary>The last visible sequence point at or before <paramref name="ilOffset"/>.</summary>
    public SourceLine? At(int methodToken, int ilOffset)
    {
        if (_provider is null)
        {
            return null;
        }

        try
        {
            var pdb = _provider.GetMetadataReader();
            var handle = ((MethodDefinitionHandle)MetadataTokens.EntityHandle(methodToken)).ToDebugInformationHandle();
            SequencePoint? best = null;
            foreach (var point in pdb.GetMethodDebugInformation(handle).GetSequencePoints())
            {
                if (point.IsHidden)
                {
                    continue;
                }

                if (point.Offset > ilOffset && best is not null)
                {
                    break;
                }

                best = point;
            }

            return best is { } found ? new SourceLine(pdb.GetString(pdb.GetDocument(found.Document).Name), found.StartLine, found.StartColumn) : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    public void Dispose() => _provider?.Dispose();

    private static Stream? OpenIfExists(string path) => File.Exists(path) ? File.OpenRead(path) : null;
}
