using System;
using System.Collections.Generic;

namespace InitOrder.Tracing.Metadata;

/// <summary>Assembly files opened once each, for the methods a trace names.</summary>
public sealed class AssemblyCatalog : IDisposable
{
    private readonly Dictionary<string, MetadataFile> _files = new(StringComparer.Ordinal);

    public MetadataFile this[string path]
    {
        get
        {
            if (!_files.TryGetValue(path, out var file))
            {
                file = new MetadataFile(path);
                _files.Add(path, file);
            }

            return file;
        }
    }

    public void Dispose()
    {
        foreach (var file in _files.Values)
        {
            file.Dispose();
        }
    }
}
