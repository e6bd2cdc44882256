namespace InitOrder.Analysis;

/// <summary>
/// One link of a violation's chain: a method and where in it the next link is referenced. The last
/// step is the patched member itself and has no location.
/// </summary>
public sealed class ChainStep
{
    public ChainStep(string method, string displayName, SourceLocation? location, string? relation = null)
    {
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

    public override string ToString() => Location is null ? DisplayName : DisplayName + " (" + Location + ")";
}
