using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>
/// What the trace shows before one patch: what touched its targets, which static constructors of analysed code ran,
/// and, when asked for, every method that ran, framework code included (display names, for the oracle's reading of
/// predictions that did not run).
/// </summary>
public sealed record PatchTouches(IReadOnlyList<Touch> Touches, IReadOnlyList<string> StaticConstructorsRan, IReadOnlyCollection<string> MethodsRan);
