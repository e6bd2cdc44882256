using System.Collections.Generic;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// A delegate type as creation and invocation sites name it: its definition (<c>System.Func`2</c>) and type arguments,
/// which may be generic parameters of the code that names it. <see cref="Any"/> stands for every delegate type
/// (<c>Delegate.DynamicInvoke</c>, a parameter of type <c>System.Delegate</c>).
/// </summary>
internal sealed record DelegateType(string? Definition, IReadOnlyList<DecodedType> Arguments)
{
    public static DelegateType Any { get; } = new(null, DecodedType.NoArguments);

    public static DelegateType Of(DecodedType type) =>
        type.Definition is { } definition ? new DelegateType(definition.FullName, type.GenericArguments) : Any;

    public override string ToString() => Definition ?? "any delegate";
}
