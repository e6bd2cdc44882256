namespace InitOrder.Analysis.Facts;

/// <summary>What an instruction does to a type, for whether it runs the type's static constructor.</summary>
internal enum StaticConstructorTrigger : byte
{
    /// <summary>
    /// A method call, <c>new</c>, an instance field: runs the static constructor of a precise type (an explicit
    /// <c>static C()</c>), not of a <c>beforefieldinit</c> one, which runs at the first static field access.
    /// </summary>
    MemberAccess,
    /// <summary><c>ldsfld</c>, <c>ldsflda</c>, <c>stsfld</c>: runs any type's static constructor.</summary>
    StaticFieldAccess,
    /// <summary><c>RuntimeHelpers.RunClassConstructor</c>: runs it, whatever the type.</summary>
    Explicit,
}
