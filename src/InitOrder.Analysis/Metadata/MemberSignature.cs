using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// Where a member token's signature is, so its canonical text can be built when a lookup needs it: only tokens
/// matched against another assembly's definitions need the text, and a big library has hundreds of thousands
/// of tokens. A method's blob is decoded again then rather than kept decoded.
/// </summary>
internal readonly struct MemberSignature
{
    private readonly LoadedAssembly? _assembly;
    private readonly BlobHandle _methodBlob;
    private readonly string? _fieldText;

    private MemberSignature(LoadedAssembly? assembly, BlobHandle methodBlob, string? fieldText)
    {
        _assembly = assembly;
        _methodBlob = methodBlob;
        _fieldText = fieldText;
    }

    public static MemberSignature OfMethod(LoadedAssembly assembly, BlobHandle blob) => new(assembly, blob, null);

    public static MemberSignature OfField(DecodedType fieldType) => new(null, default, fieldType.Text);

    /// <summary>See <see cref="MethodSignatureText"/> for methods; the field type's text for fields.</summary>
    public string Format()
    {
        if (_fieldText is not null || _assembly is null)
        {
            return _fieldText ?? "";
        }

        var blob = _assembly.Reader.GetBlobReader(_methodBlob);
        var decoder = new SignatureDecoder<DecodedType, object?>(_assembly.Names.Provider, _assembly.Reader, null);
        return MethodSignatureText.Format(decoder.DecodeMethodSignature(ref blob));
    }

    /// <summary>A method's parameter and return types, decoded again; null for a field.</summary>
    public MethodSignature<DecodedType>? DecodeMethod()
    {
        if (_fieldText is not null || _assembly is null)
        {
            return null;
        }

        var blob = _assembly.Reader.GetBlobReader(_methodBlob);
        return new SignatureDecoder<DecodedType, object?>(_assembly.Names.Provider, _assembly.Reader, null).DecodeMethodSignature(ref blob);
    }
}
