using System.Collections.Generic;

namespace InitOrder.Oracle.Tests.Samples;

/// <summary>
/// One build of a sample under tests/Samples/Oracle: the folders to copy (the app first, then projects it references),
/// the OracleVariant to build, and which patches must be reported (true) or must be clean (false).
/// </summary>
public sealed record SampleDefinition(string Name, IReadOnlyList<string> Folders, string? Variant, IReadOnlyDictionary<string, bool> Flagged)
{
    public string App => Folders[0];

    public override string ToString() => Variant is null ? Name : Name + " (" + Variant + ")";
}
