namespace InitOrder.Analysis.Facts.Cache;

/// <summary>An edge of cached facts: to a method (<see cref="Target"/>), or, when <see cref="Slot"/> is set, to a dispatch set.</summary>
internal readonly record struct CachedEdge(int ILOffset, EdgeKind Kind, CachedDefinition Target, CachedDispatchSlot? Slot);
