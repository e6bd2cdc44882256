namespace InitOrder.Analysis.Loading;

/// <summary>The outcome of <see cref="PortablePdbLoader.Load"/>.</summary>
internal sealed class PdbLoadResult
{
    public PdbLoadResult(PdbStatus status, SourceLineMap? lines, string? detail)
    {
        Status = status;
        Lines = lines;
        Detail = detail;
    }

    public PdbStatus Status { get; }

    public SourceLineMap? Lines { get; }

    /// <summary>For a mismatch: the PDB path and what was wrong.</summary>
    public string? Detail { get; }
}
