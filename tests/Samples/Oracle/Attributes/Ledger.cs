namespace OracleAttributes;

/// <summary>Created at start-up; nothing asks for its attributes.</summary>
[Archived]
public sealed class Ledger
{
    public int Lines { get; set; } = 1;
}
