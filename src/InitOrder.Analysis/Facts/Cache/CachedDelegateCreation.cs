namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A <see cref="DelegateCreation"/> of cached facts.</summary>
internal readonly record struct CachedDelegateCreation(int ILOffset, CachedDefinition Target, DelegateType Type);
