namespace InitOrder.Analysis.Facts;

/// <summary>
/// <c>ldftn</c> of <see cref="Target"/> followed by <c>newobj</c> of a delegate: the target can run once something
/// invokes a delegate of a compatible type (see Reachability/DelegateRule), not when the delegate is created.
/// </summary>
internal readonly record struct DelegateCreation(int ILOffset, MethodNode Target, DelegateType Type);
