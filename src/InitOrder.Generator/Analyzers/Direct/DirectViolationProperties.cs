namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>What a direct INIT102 or INIT106 diagnostic carries for its code fixes, by key.</summary>
internal static class DirectViolationProperties
{
    /// <summary>The patch whose target is reached, <c>Namespace.Type.Method</c>.</summary>
    public const string Patch = nameof(Patch);

    /// <summary>INIT102: the earlier patch whose body touches the target.</summary>
    public const string EarlierPatch = nameof(EarlierPatch);

    /// <summary>The target's metadata name.</summary>
    public const string Target = nameof(Target);

    /// <summary>INIT106: the name of the target's field or auto-property that the patch writes and the target reads.</summary>
    public const string Member = nameof(Member);
}
