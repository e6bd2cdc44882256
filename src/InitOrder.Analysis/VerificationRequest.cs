using System;
using System.Collections.Generic;

namespace InitOrder.Analysis;

/// <summary>
/// What the verifier needs to know about one compiled assembly and the build that produced it.
/// </summary>
public sealed class VerificationRequest
{
    public VerificationRequest(
        string assemblyPath,
        IReadOnlyList<string>? referencePaths = null,
        IReadOnlyList<SourceRootMapping>? sourceRoots = null,
        string? projectDirectory = null)
    {
        AssemblyPath = assemblyPath ?? throw new ArgumentNullException(nameof(assemblyPath));
        ReferencePaths = referencePaths ?? Array.Empty<string>();
        SourceRoots = sourceRoots ?? Array.Empty<SourceRootMapping>();
        ProjectDirectory = projectDirectory;
    }

    /// <summary>The assembly to verify (the consumer assembly the generator ran on).</summary>
    public string AssemblyPath { get; }

    /// <summary>
    /// Compile references and copy-local implementation assemblies. Only the ones that analysed code
    /// reaches are opened; when both a reference and an implementation assembly of one name are listed,
    /// the implementation wins because only it has method bodies to follow.
    /// </summary>
    public IReadOnlyList<string> ReferencePaths { get; }

    /// <summary>Maps deterministic PDB paths such as <c>/_/</c> back to local folders.</summary>
    public IReadOnlyList<SourceRootMapping> SourceRoots { get; }

    /// <summary>Paths in reports are written relative to this folder.</summary>
    public string? ProjectDirectory { get; }
}
