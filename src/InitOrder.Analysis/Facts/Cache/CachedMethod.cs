using System.Collections.Generic;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>
/// One method's facts as the cache keeps them: what <see cref="FactStore"/> would build from its body, with every
/// method, type and dispatch set named symbolically instead of by the run's ids. Dispatch-set members, the live
/// world, chains and verdicts are never here: they depend on the whole run.
/// </summary>
/// <param name="Row">The method's row in its assembly's MethodDef table.</param>
/// <param name="Requests">
/// The assembly names its scan asked for, in order: replaying them first loads assemblies in the order the scan
/// would, and they are what the entry's key checks (see <see cref="CacheKey"/>).
/// </param>
internal sealed record CachedMethod(
    int Row,
    IReadOnlyList<string> Requests,
    IReadOnlyList<CachedEdge> Edges,
    IReadOnlyList<CachedMention> Mentions,
    IReadOnlyList<CachedNote> Notes,
    IReadOnlyList<CachedInstantiation> Instantiations,
    IReadOnlyList<CachedFieldAccess> FieldAccesses,
    IReadOnlyList<CachedDelegateCreation> DelegateCreations,
    IReadOnlyList<DelegateInvocation> DelegateInvocations,
    IReadOnlyList<ObjectHandOff> HandOffs);
