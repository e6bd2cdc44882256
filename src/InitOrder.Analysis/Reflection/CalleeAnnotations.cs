using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What the trimmer's attributes say about one method, read from its metadata (reference assemblies included):
/// which members of a type argument or a <c>System.Type</c> argument it uses by reflection, and whether it does
/// reflection no annotation bounds ([RequiresUnreferencedCode] on it or its type).
/// </summary>
/// <param name="MethodGenericParameters">[DynamicallyAccessedMembers] per generic parameter of the method.</param>
/// <param name="TypeGenericParameters">[DynamicallyAccessedMembers] per generic parameter of the declaring type.</param>
/// <param name="TypeParameters">Annotated parameters of type System.Type (or a type name string), by position (0 = first).</param>
/// <param name="This">The annotation on the method itself: it applies to <c>this</c>, a System.Type.</param>
internal sealed record CalleeAnnotations(
    IReadOnlyList<AccessedMembers> MethodGenericParameters,
    IReadOnlyList<AccessedMembers> TypeGenericParameters,
    IReadOnlyList<(int Index, AccessedMembers Members)> TypeParameters,
    AccessedMembers This,
    bool RequiresUnreferencedCode)
{
    public static CalleeAnnotations None { get; } = new(Array.Empty<AccessedMembers>(), Array.Empty<AccessedMembers>(), Array.Empty<(int, AccessedMembers)>(), AccessedMembers.None, false);

    /// <summary>True when some type flowing into this method has members used by reflection.</summary>
    public bool AnnotatesTypeValues => TypeParameters.Count > 0 || This != AccessedMembers.None;
}
