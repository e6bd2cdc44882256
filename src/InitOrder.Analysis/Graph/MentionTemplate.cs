using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Graph;

/// <summary>What a token names, shared by every instruction that uses the token (see <see cref="Mention"/>).</summary>
internal sealed class MentionTemplate
{
    public MentionTemplate(NamedType type, string shortName, string fullName, bool isSignatureOnly)
    {
        Type = type;
        ShortName = shortName;
        FullName = fullName;
        IsSignatureOnly = isSignatureOnly;
    }

    /// <summary>The mentioned type (a member's owner, a type token, a generic argument...).</summary>
    public NamedType Type { get; }

    /// <summary>What the chain shows as its last step: <c>ThreadIdentity.get_Current()</c> or <c>ThreadIdentity</c>.</summary>
    public string ShortName { get; }

    public string FullName { get; }

    /// <summary>
    /// True when the type only appears in a member's parameter, return or field type. That loads its
    /// assembly (it counts against assembly targets) but does not touch the type itself.
    /// </summary>
    public bool IsSignatureOnly { get; }
}
