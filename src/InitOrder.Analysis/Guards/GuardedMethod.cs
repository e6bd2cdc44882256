using System.Collections.Generic;
using InitOrder.Analysis.Facts;

namespace InitOrder.Analysis.Guards;

/// <summary>A method with guarded regions, its facts in parts: those outside every region, and those of each guard's regions.</summary>
internal sealed record GuardedMethod(MethodNode Method, MethodFacts Outside, IReadOnlyList<(FieldGuard Guard, MethodFacts Facts)> Parts);
