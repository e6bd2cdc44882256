namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A not-followed note of cached facts, remade by its <see cref="NotFollowedNote"/> factory on replay.</summary>
internal sealed record CachedNote(CachedNoteKind Kind, string What, string Why, int ILOffset);
