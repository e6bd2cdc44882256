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
internal sealed record StackValue(StackValueKind Kind, DecodedType? StaticType, string? Text = null, int Number = 0, ResolvedType? Type = null, MemberLookup? Member = null)
{
    public static StackValue Unknown { get; } = new(StackValueKind.Unknown, null);

    public static StackValue Of(DecodedType? staticType) => staticType is null ? Unknown : new(StackValueKind.Unknown, staticType);

    /// <summary>Two values that may meet at one place: what both say, else only what is certain.</summary>
    public static StackValue Merge(StackValue a, StackValue b) =>
        a == b ? a : Of(a.StaticType is not null && ReferenceEquals(a.StaticType, b.StaticType) ? a.StaticType : null);
}
