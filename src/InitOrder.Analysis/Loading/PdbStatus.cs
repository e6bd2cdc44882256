namespace InitOrder.Analysis.Loading;

/// <summary>What happened when looking for an assembly's portable PDB.</summary>
internal enum PdbStatus
{
    Found,
    /// <summary>Neither an embedded PDB nor a PDB file next to the assembly.</summary>
    Missing,
    /// <summary>A PDB file was found but belongs to another build (or is not a portable PDB).</summary>
    Mismatched,
}
