using System;
using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

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
/// <param name="Return">[return: DynamicallyAccessedMembers] (or the annotation of the property a getter belongs to): what the
/// Type it returns guarantees, because every value returned was checked where it was returned.</param>
internal sealed record CalleeAnnotations(
    IReadOnlyList<AccessedMembers> MethodGenericParameters,
    IReadOnlyList<AccessedMembers> TypeGenericParameters,
    IReadOnlyList<(int Index, AccessedMembers Members)> TypeParameters,
    AccessedMembers This,
    bool RequiresUnreferencedCode,
    AccessedMembers Return = AccessedMembers.None)
{
    public static CalleeAnnotations None { get; } = new(Array.Empty<AccessedMembers>(), Array.Empty<AccessedMembers>(), Array.Empty<(int, AccessedMembers)>(), AccessedMembers.None, false);

    /// <summary>The annotation of a generic parameter of the method or its type; none for one that does not exist.</summary>
    public AccessedMembers Of(GenericParameterReference reference)
    {
        var list = reference.OfMethod ? MethodGenericParameters : TypeGenericParameters;
        return reference.Index < list.Count ? list[reference.Index] : AccessedMembers.None;
    }

    /// <summary>The annotation of parameter <paramref name="index"/> (0 = first after <c>this</c>).</summary>
    public AccessedMembers Parameter(int index)
    {
        foreach (var (i, members) in TypeParameters)
        {
            if (i == index)
            {
                return members;
            }
        }

        return AccessedMembers.None;
    }

    /// <summary>True when some type flowing into this method has members used by reflection.</summary>
    public bool AnnotatesTypeValues => TypeParameters.Count > 0 || This != AccessedMembers.None;
}
