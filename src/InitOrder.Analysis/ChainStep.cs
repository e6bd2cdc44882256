namespace InitOrder.Analysis;

/// <summary>
/// One link of a violation's chain: a method and where in it the next link is referenced. The last
/// step is the patched member itself and has no location.
/// </summary>
public sealed class ChainStep
{
    public ChainStep(string method, string displayName, SourceLocation? location, string? relation = null, string? note = null)
    {
        Note = note;
        Method = method;
        DisplayName = displayName;
        Location = location;
        Relation = relation;
    }

    /// <summary>Full name with namespace, for example <c>Sample.Telemetry.Init()</c>.</summary>
    public string Method { get; }

    /// <summary>Short name, for example <c>Telemetry.Init()</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The instruction that leads to the next step, when the PDB knows it.</summary>
    public SourceLocation? Location { get; }

    /// <summary>How this step leads to the next, in words (for example "calls"); null on the last step.</summary>
    public string? Relation { get; }

    /// <summary>
    /// Why this step can run, when the chain reached it indirectly: for an override reached by virtual dispatch, where its
    /// receiver's type became live (<c>live: SImpl created in Holder..cctor (Holder.cs:3)</c>); for a reflective call, the
    /// rule that bounds what it reaches.
    /// </summary>
    public string? Note { get; }

    /// <summary>How this step leads to the next, for the arrow the chain's text draws (Explanation/ChainBuilder).</summary>
    internal Explanation.ChainLink Link { get; init; }

    public override string ToString() => Location is null ? DisplayName : DisplayName + " (" + Location + ")";
}
