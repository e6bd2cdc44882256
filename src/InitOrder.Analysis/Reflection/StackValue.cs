using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// One value on the IL stack as <see cref="StackValues"/> knows it: a constant, a known type or member, or only its
/// static type. The trimmer's intrinsics read the same facts (a constant name, constant BindingFlags, typeof).
/// </summary>
/// <param name="StaticType">The declared type of where the value came from (local, parameter, field, return, new); null when unknown.</param>
/// <param name="Type">For <see cref="StackValueKind.TypeHandle"/> and <see cref="StackValueKind.Type"/>: the type.</param>
/// <param name="Member">For <see cref="StackValueKind.Member"/>: the lookup that found it.</param>
/// <param name="Annotated">
/// For a Type read from a place carrying [DynamicallyAccessedMembers] (a parameter, a field, a method's return, a type
/// parameter): the members that annotation guarantees, as the trimmer checks every value where it enters such a place.
/// </param>
/// <param name="Class">
/// A class the object is known to be (or to derive from) where <see cref="StaticType"/> says less: a value cast to an
/// interface it already implemented. Only a call's receiver reads it (<see cref="Facts.ReceiverBounds"/>).
/// </param>
/// <param name="Delegates">
/// For a delegate in the analysed assembly's code: where it may come from (<see cref="DelegateSources"/>: a creation in
/// this method, a static delegate field); null when that is not known. Only delegate flow reads it (<see cref="Facts.DelegateFlow"/>).
/// </param>
internal sealed record StackValue(
    StackValueKind Kind,
    DecodedType? StaticType,
    string? Text = null,
    int Number = 0,
    ResolvedType? Type = null,
    MemberLookup? Member = null,
    AccessedMembers Annotated = AccessedMembers.None,
    DecodedType? Class = null,
    string? Delegates = null)
{
    public static StackValue Unknown { get; } = new(StackValueKind.Unknown, null);

    public static StackValue Of(DecodedType? staticType, AccessedMembers annotated = AccessedMembers.None) =>
        staticType is null && annotated == AccessedMembers.None ? Unknown : new(StackValueKind.Unknown, staticType, Annotated: annotated);

    /// <summary>Two values that may meet at one place: what both say, else only what is certain.</summary>
    public static StackValue Merge(StackValue a, StackValue b)
    {
        if (a == b)
        {
            return a;
        }

        var merged = Of(a.StaticType is not null && ReferenceEquals(a.StaticType, b.StaticType) ? a.StaticType : null, a.Annotated & b.Annotated);
        return DelegateSources.Union(a, b) is { } delegates ? merged with { Delegates = delegates } : merged;
    }

    /// <summary>Whether the value is a Type whose source guarantees <paramref name="required"/>.</summary>
    public bool Guarantees(AccessedMembers required) => required != AccessedMembers.None && (Annotated & required) == required;
}
