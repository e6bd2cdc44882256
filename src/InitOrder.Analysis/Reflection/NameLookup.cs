using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// A lookup by a constant name (and constant BindingFlags) on a Type whose origin is unknown:
/// <c>value.GetType().GetRuntimeProperty("LocalFolder")</c>. It can return only members of that name, so the
/// live-and-mentioned rule applies it to each type instead of reaching all their members (<see cref="On"/>).
/// </summary>
internal sealed record NameLookup(string? Name, int BindingFlags, int? ParameterCount, AccessedMembers Members)
{
    /// <summary>The same lookup on a known type.</summary>
    public MemberLookup On(ResolvedType type) => new(type, Name, BindingFlags, ParameterCount, Members);
}
