namespace InitOrder.Analysis.Facts.Cache;

/// <summary>Which <see cref="NotFollowedNote"/> factory a <see cref="CachedNote"/> comes from; other notes are not cached.</summary>
internal enum CachedNoteKind : byte
{
    /// <summary>A call into an assembly without code (<see cref="NotFollowedNote.ExternalCode"/>).</summary>
    ExternalCode,
    /// <summary>A reflection call; its key names the method (<see cref="NotFollowedNote.Reflection"/>).</summary>
    Reflection,
    /// <summary>A delegate handed to framework code that keeps it for later; its key names the method (<see cref="NotFollowedNote.KeptForLater"/>).</summary>
    KeptForLater,
}
