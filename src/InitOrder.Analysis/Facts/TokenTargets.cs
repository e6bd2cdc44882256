using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>What a token leads to wherever it appears, resolved once per token (see <see cref="TokenSummaries.TargetsOf"/>).</summary>
/// <param name="Initializers">Module initializers the JIT runs for the assemblies the token names.</param>
/// <param name="StaticCallbacks">Static members of handed-out types that implement framework interfaces.</param>
/// <param name="ValueTypes">Handed-out value types with code: naming them is enough for values to exist.</param>
internal sealed record TokenTargets(IReadOnlyList<MethodNode> Initializers, IReadOnlyList<MethodNode> StaticCallbacks, IReadOnlyList<ResolvedType> ValueTypes);
