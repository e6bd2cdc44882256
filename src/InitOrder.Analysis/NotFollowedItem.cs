namespace InitOrder.Analysis;

/// <summary>
/// Reached code the verifier could not look into, so a user can judge what the proof leaves out.
/// </summary>
public sealed class NotFollowedItem
{
    public NotFollowedItem(string what, string why, int count, string? whereMethod, SourceLocation? whereLocation)
    {
        What = what;
        Why = why;
        Count = count;
        WhereMethod = whereMethod;
        WhereLocation = whereLocation;
    }

    /// <summary>An assembly name, a reflection call, or a method with a malformed body.</summary>
    public string What { get; }

    public string Why { get; }

    /// <summary>How many reached instructions pointed at it.</summary>
    public int Count { get; }

    /// <summary>Full name of the first reached method that refers to it.</summary>
    public string? WhereMethod { get; }

    /// <summary>Source position of that first reference, when known.</summary>
    public SourceLocation? WhereLocation { get; }
}
