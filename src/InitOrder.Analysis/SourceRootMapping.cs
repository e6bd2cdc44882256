using System;

namespace InitOrder.Analysis;

/// <summary>
/// One <c>@(SourceRoot)</c> item: a local folder and the path the compiler wrote into the PDB instead.
/// </summary>
public sealed class SourceRootMapping
{
    public SourceRootMapping(string localPath, string mappedPath)
    {
        LocalPath = localPath ?? throw new ArgumentNullException(nameof(localPath));
        MappedPath = mappedPath ?? throw new ArgumentNullException(nameof(mappedPath));
    }

    /// <summary>The folder on this machine, for example <c>/home/me/repo/</c>.</summary>
    public string LocalPath { get; }

    /// <summary>The prefix found in the PDB, for example <c>/_/</c>.</summary>
    public string MappedPath { get; }
}
