using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// An IL instruction in one method that names a type or a member of it. Mentions end a violation's
/// chain: naming a patched type before the patch ran is what the verifier reports. A struct, because
/// big libraries produce millions of them.
/// </summary>
internal readonly struct Mention
{
    public Mention(int ilOffset, MentionTemplate template)
    {
        ILOffset = ilOffset;
        Template = template;
    }

    public int ILOffset { get; }

    public MentionTemplate Template { get; }

    public NamedType Type => Template.Type;

    public string ShortName => Template.ShortName;

    public string FullName => Template.FullName;

    public bool IsSignatureOnly => Template.IsSignatureOnly;
}
