namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A not-followed note of cached facts: a call into code without a body, or a reflection call (whose key names the method).</summary>
internal sealed record CachedNote(bool IsReflection, string What, string Why, int ILOffset);
