using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>What a token names, shared by every instruction that uses the token (see <see cref="Mention"/>).</summary>
internal sealed class MentionTemplate
{
    private string? _shortName;
    private string? _fullName;

    /// <param name="member">The member when this mention is of the token's owner: the chain then shows the member, not just its type.</param>
    public MentionTemplate(NamedType type, MemberToken? member, bool isSignatureOnly)
        : this(type, member?.Name, member?.IsMethod ?? false, isSignatureOnly)
    {
    }

    /// <param name="memberName">The name of the member of <paramref name="type"/> mentioned, or null for the type itself (see Facts/Cache).</param>
    public MentionTemplate(NamedType type, string? memberName, bool memberIsMethod, bool isSignatureOnly)
    {
        Type = type;
        MemberName = memberName;
        MemberIsMethod = memberIsMethod;
        IsSignatureOnly = isSignatureOnly;
    }

    /// <summary>The mentioned type (a member's owner, a type token, a generic argument...).</summary>
    public NamedType Type { get; }

    /// <summary>True when the mention is of the token's member itself rather than of a type it names.</summary>
    public bool IsMember => MemberName is not null;

    /// <summary>The member's name when <see cref="IsMember"/>.</summary>
    public string? MemberName { get; }

    public bool MemberIsMethod { get; }

    // The names are built on first use: a big library has hundreds of thousands of mentions and few end a chain.

    /// <summary>What the chain shows as its last step: <c>ThreadIdentity.get_Current()</c> or <c>ThreadIdentity</c>.</summary>
    public string ShortName => _shortName ??= MemberName is null ? Type.DisplayName : Display(Type.DisplayName);

    public string FullName => _fullName ??= MemberName is null ? Type.FullName : Display(Type.FullName);

    /// <summary>
    /// True when the type only appears in a member's parameter, return or field type. That loads its
    /// assembly (it counts against assembly targets) but does not touch the type itself.
    /// </summary>
    public bool IsSignatureOnly { get; }

    // As MemberToken names its member: a member template's type is the token's owner.
    private string Display(string typeName) => MemberIsMethod ? DisplayNames.Method(typeName, MemberName!) : DisplayNames.Field(typeName, MemberName!);
}
