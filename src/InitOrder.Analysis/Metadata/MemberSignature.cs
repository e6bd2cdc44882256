using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// A member token's signature, with its canonical text built on first use: only tokens that must be matched
/// against another assembly's definitions need the text, and a big library has hundreds of thousands of tokens.
/// </summary>
internal sealed class MemberSignature
{
    private readonly MethodSignature<DecodedType> _method;
    private string? _text;

    private MemberSignature(MethodSignature<DecodedType> method, string? text)
    {
        _method = method;
        _text = text;
    }

    /// <summary>See <see cref="MethodSignatureText"/> for methods; the field type's text for fields.</summary>
    public string Text => _text ??= MethodSignatureText.Format(_method);

    public static MemberSignature Of(MethodSignature<DecodedType> method) => new(method, null);

    public static MemberSignature Of(DecodedType fieldType) => new(default, fieldType.Text);
}
