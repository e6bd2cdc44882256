using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>What a token names, shared by every instruction that uses the token (see <see cref="Mention"/>).</summary>
internal sealed class MentionTemplate
{
    private readonly MemberToken? _member;
    private string? _shortName;
    private string? _fullName;

    /// <param name="member">The member when this mention is of the token's owner: the chain then shows the member, not just its type.</param>
    public MentionTemplate(NamedType type, MemberToken? member, bool isSignatureOnly)
    {
        Type = type;
        _member = member;
        IsSignatureOnly = isSignatureOnly;
    }

    /// <summary>The mentioned type (a member's owner, a type token, a generic argument...).</summary>
    public NamedType Type { get; }

    /// <summary>True when the mention is of the token's member itself rather than of a type it names.</summary>
    public bool IsMember => _member is not null;

    // The names are built on first use: a big library has hundreds of thousands of mentions and few end a chain.

    /// <summary>What the chain shows as its last step: <c>ThreadIdentity.get_Current()</c> or <c>ThreadIdentity</c>.</summary>
    public string ShortName => _shortName ??= _member?.ShortName ?? Type.DisplayName;

    public string FullName => _fullName ??= _member?.FullName ?? Type.FullName;

    /// <summary>
    /// True when the type only appears in a member's parameter, return or field type. That loads its
    /// assembly (it counts against assembly targets) but does not touch the type itself.
    /// </summary>
    public bool IsSignatureOnly { get; }
}
