using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>A mention of cached facts: its <see cref="MentionTemplate"/> written out.</summary>
internal readonly record struct CachedMention(int ILOffset, NamedType Type, string? MemberName, bool MemberIsMethod, bool IsSignatureOnly);
