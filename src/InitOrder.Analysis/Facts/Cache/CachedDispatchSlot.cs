using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A virtual call site's slot: which <see cref="DispatchSet"/> it points at, never the set's members (they depend on the run).</summary>
internal sealed record CachedDispatchSlot(NamedType DeclaringType, string Name, SignatureShape Shape, NamedType? Bound = null);
