namespace InitOrder.Generator;

/// <summary>Names of the pipeline steps; tests assert each one is cached on a second run.</summary>
internal static class TrackingNames
{
    public const string AttributeMetadataName = "InitOrder.InitPatchAttribute";
    public const string AcceptViolationMetadataName = "InitOrder.AcceptViolationAttribute";
    public const string Candidates = nameof(Candidates);
    public const string Facts = nameof(Facts);
    public const string Options = nameof(Options);
    public const string Plan = nameof(Plan);
}
