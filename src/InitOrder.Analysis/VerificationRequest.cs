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

    /// <summary>
    /// Types to check in an assembly without InitOrder patches (the CLI's <c>--target</c>), as namespace-qualified
    /// metadata names (<c>Ns.Outer+Inner</c>, <c>Ns.Cache`1</c>): whatever its module initializers reach of them
    /// is reported. Ignored when the assembly has patches, whose own targets are checked.
    /// </summary>
    public IReadOnlyList<string> CheckedTypes { get; set; } = Array.Empty<string>();

    /// <summary>Simple names of assemblies to check like <see cref="CheckedTypes"/>: none of their code may be reached.</summary>
    public IReadOnlyList<string> CheckedAssemblies { get; set; } = Array.Empty<string>();

    /// <summary>
    /// The worst case (the CLI's <c>--all-static-constructors</c>): every static constructor of the analysed
    /// assembly counts as code that runs before the patches, or before the checked types and assemblies.
    /// </summary>
    public bool AllStaticConstructorsRunFirst { get; set; }

    /// <summary>
    /// Fills <see cref="PatchInfo.MayRunBeforeChains"/>: for each static constructor that may run before a patch, the
    /// chain that first reached it. The run-time oracle reads it to explain predictions that did not run; a build
    /// leaves it off (formatting a chain per constructor costs time and nothing reads it).
    /// </summary>
    public bool ExplainStaticConstructors { get; set; }

    /// <summary>
    /// Names of reflection kinds or reasons (<c>LiveAndMentionedTypes</c>, <c>TypeValueOfUnknownOrigin</c>…) whose
    /// reflective calls the analysis skips. Unsound on purpose, and only for the oracle: what precision a rule costs is
    /// read off the samples with that rule knocked out (a ceiling for the work that would bound it, eng/soundness.md).
    /// </summary>
    internal IReadOnlyCollection<string> IgnoredReflection { get; set; } = Array.Empty<string>();

    /// <summary>
    /// Skips every hand-over of an <c>object</c> of any type to framework code (a call's <c>object</c> parameter, what
    /// a callback returns as <c>object</c>), keeping those of a named type. Unsound on purpose, and only for the oracle:
    /// the fuzz and the samples under it say how much a value analysis that names what such objects can be would gain
    /// at most (eng/soundness.md).
    /// </summary>
    internal bool IgnoreTypeWideEscapes { get; set; }

    /// <summary>
    /// Scans a token repeated in one method body at every use instead of once (and keeps no facts cache): the tests'
    /// check that the shortcut loses nothing a rule reads from a call's site (<see cref="Facts.FactStore.ScanRepeatedTokens"/>).
    /// </summary>
    internal bool ScanRepeatedTokens { get; set; }

    /// <summary>
    /// A folder for what the analysis learns about referenced assemblies, reused by the next verification of the same
    /// project (the build passes obj/&lt;configuration&gt;/&lt;framework&gt;/initorder/); null or empty keeps nothing.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// A folder where the verification is saved and from which the next verification of the same project reuses it when
    /// nothing it depended on changed (the build passes obj/&lt;configuration&gt;/&lt;framework&gt;/initorder/ unless
    /// <c>InitOrderReuse=false</c>); null or empty verifies from scratch every time.
    /// </summary>
    public string? ReuseDirectory { get; set; }
}
