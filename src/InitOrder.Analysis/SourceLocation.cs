namespace InitOrder.Analysis;

/// <summary>
/// A place in source code, taken from the PDB's sequence points.
/// </summary>
public sealed class SourceLocation
{
    public SourceLocation(string filePath, string displayPath, int line, int column)
    {
        FilePath = filePath;
        DisplayPath = displayPath;
        Line = line;
        Column = column;
    }

    /// <summary>The local file path (source-root mappings already undone); what MSBuild and IDEs want.</summary>
    public string FilePath { get; }

    /// <summary>The path relative to the project directory with forward slashes; what reports show.</summary>
    public string DisplayPath { get; }

    public int Line { get; }

    public int Column { get; }

    public override string ToString() => DisplayPath + ":" + Line;
}
