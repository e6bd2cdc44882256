namespace InitOrder.Analysis.Tests.Infrastructure;

internal enum PdbKind
{
    /// <summary>A portable PDB file next to the assembly.</summary>
    File,
    /// <summary>The portable PDB embedded in the assembly.</summary>
    Embedded,
    /// <summary>No debug information at all.</summary>
    None,
}
