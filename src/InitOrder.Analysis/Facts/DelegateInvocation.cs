namespace InitOrder.Analysis.Facts;

/// <summary>
/// An instruction that may invoke delegates of <see cref="Type"/>: <c>Invoke</c> or <c>BeginInvoke</c> of a delegate in
/// analysed code, <c>Delegate.DynamicInvoke</c>, or a call that hands delegates to framework code whose body the
/// verifier cannot see (<see cref="HandedTo"/> names that call), which may invoke them at once.
/// </summary>
internal readonly record struct DelegateInvocation(int ILOffset, DelegateType Type, string? HandedTo);
