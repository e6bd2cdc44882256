namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A <see cref="StaticFieldAccess"/> of cached facts: the field by its declaring type and name.</summary>
internal readonly record struct CachedFieldAccess(int ILOffset, CachedDefinition Owner, string Name, bool IsWrite);
