using System.Collections.Generic;

namespace InitOrder.Analysis.Reflection;

/// <summary>What <see cref="DelegateRecorder"/> found in one method body (see <see cref="DelegateFlow"/>).</summary>
/// <param name="Escaped">The sources (<see cref="DelegateSources"/>) that went anywhere this method does not show.</param>
/// <param name="Reads">Each delegate Invoke by IL offset: where its receiver may come from; null when not known.</param>
/// <param name="Stores">Each store into a tracked static delegate field: the field's row and what the delegate may be (null: not known).</param>
internal sealed record MethodDelegateValues(
    IReadOnlyCollection<string> Escaped,
    IReadOnlyDictionary<int, string?> Reads,
    IReadOnlyList<(int Row, string? Sources)> Stores);
