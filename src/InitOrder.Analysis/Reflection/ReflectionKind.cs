namespace InitOrder.Analysis.Reflection;

/// <summary>The ways the analysis bounds what a reflective call reaches (README: "What the verifier counts as runs before").</summary>
internal enum ReflectionKind : byte
{
    /// <summary>[DynamicallyAccessedMembers] (or a constant name) says which members of which types: exactly those.</summary>
    Annotated,
    /// <summary>Construct, invoke or set with no bound: every member of every type that is live or mentioned before the patch.</summary>
    LiveAndMentionedTypes,
    /// <summary>
    /// Unbounded reflection handed typed values: every member of the types it is handed (its type arguments, the types
    /// of the objects and Type values passed in, every live subtype of each), closed over those types' member signatures.
    /// </summary>
    HandedTypes,
    /// <summary>A type or assembly chosen by a run-time string: every member of every type of the analysed assemblies.</summary>
    AnyType,
    /// <summary>GetCustomAttributes on a known type or member: the attributes applied to it are constructed.</summary>
    Attributes,
    /// <summary>GetCustomAttributes on an element this method does not show: the attributes applied to any live or mentioned type or member.</summary>
    AttributesOfAnyElement,
}
