using System;

namespace OracleAttributes;

/// <summary>Applied to Ledger, whose attributes nothing reads: its constructor never runs.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ArchivedAttribute : Attribute
{
    public ArchivedAttribute()
    {
        Shelf = ArchivePolicy.Shelf;
    }

    public string Shelf { get; }
}
