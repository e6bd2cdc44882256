using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// A lookup the trimmer resolves: <c>typeof(T).GetMethod("Name", flags)</c> and its kin, with a constant name (or a
/// constant parameter count for GetConstructor) and constant BindingFlags.
/// </summary>
/// <param name="Name">The member name; null for GetConstructor.</param>
/// <param name="BindingFlags">The BindingFlags value; the API's default when the overload takes none.</param>
/// <param name="ParameterCount">For GetConstructor(Type[]) with an array of known length: the constructors with that many parameters.</param>
/// <param name="Members">Which kinds of member the API returns (methods, properties...): the API's own annotation.</param>
internal sealed record MemberLookup(ResolvedType Type, string? Name, int BindingFlags, int? ParameterCount, AccessedMembers Members);
