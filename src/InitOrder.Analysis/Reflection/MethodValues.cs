using System.Collections.Generic;

namespace InitOrder.Analysis.Reflection;

/// <summary>What <see cref="StackValues"/> found in one method body, by IL offset.</summary>
/// <param name="Calls">Each call's arguments, <c>this</c> first.</param>
/// <param name="Stores">Each Type stored into a field carrying [DynamicallyAccessedMembers], with what it requires.</param>
/// <param name="Returns">Each value returned, when the method's return carries [DynamicallyAccessedMembers].</param>
internal sealed record MethodValues(
    IReadOnlyDictionary<int, StackValue[]> Calls,
    IReadOnlyDictionary<int, (StackValue Value, AccessedMembers Required)> Stores,
    IReadOnlyDictionary<int, StackValue> Returns)
{
    public static MethodValues Empty { get; } = new(
        new Dictionary<int, StackValue[]>(), new Dictionary<int, (StackValue, AccessedMembers)>(), new Dictionary<int, StackValue>());
}
