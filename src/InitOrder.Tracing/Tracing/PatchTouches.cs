using System.Collections.Generic;

namespace InitOrder.Tracing;

/// <summary>What the trace shows before one patch: what touched its targets, and which static constructors of analysed code ran.</summary>
public sealed record PatchTouches(IReadOnlyList<Touch> Touches, IReadOnlyList<string> StaticConstructorsRan);
