using System.Collections.Generic;

namespace InitOrder.Analysis.Facts;

/// <summary>A type's overrides that framework code may call back, split by what they need to run.</summary>
/// <param name="Instance">Run on an object: reachable once the type is live.</param>
/// <param name="Static">Static implementations of framework interface members: reachable once the type is handed out.</param>
internal sealed record FrameworkCallbacks(IReadOnlyList<MethodNode> Instance, IReadOnlyList<MethodNode> Static);
