namespace InitOrder.Tracing.Metadata;

/// <summary>A place in a source file, as the PDB's sequence points give it.</summary>
public sealed record SourceLine(string Path, int Line, int Column)
{
    public override string ToString() => Path + ":" + Line;
}
