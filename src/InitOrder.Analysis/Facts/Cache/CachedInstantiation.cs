namespace InitOrder.Analysis.Facts.Cache;

/// <summary>An <see cref="Instantiation"/> of cached facts.</summary>
internal readonly record struct CachedInstantiation(int ILOffset, CachedDefinition Type, InstantiationKind Kind);
