namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A MethodDef or TypeDef as a cache file names it: the assembly's simple name and the row in its table.</summary>
internal readonly record struct CachedDefinition(string Assembly, int Row);
