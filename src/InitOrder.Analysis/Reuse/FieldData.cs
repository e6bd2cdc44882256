using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// The bytes a field with an RVA maps (array initializers, <c>u8</c> strings) for <see cref="DeclarationDigest"/>:
/// their content, not their address, which moves whenever a method body before them grows.
/// </summary>
internal static class FieldData
{
    public static void Add(MetadataReader reader, PEReader pe, FieldDefinition field, DigestWriter digest)
    {
        int rva = field.GetRelativeVirtualAddress();
        if (rva == 0)
        {
            digest.Add(0);
            return;
        }

        int size = SizeOf(reader, field);
        var block = size > 0 ? pe.GetSectionData(rva) : default;
        if (size <= 0 || block.Length < size)
        {
            // A size the signature does not give: the address stands in, which only costs a reuse when code moves.
            digest.Add(-1);
            digest.Add(rva);
            return;
        }

        digest.Add(System.Linq.ImmutableArrayExtensions.ToArray(block.GetContent(0, size)));
    }

    /// <summary>The size of the field's type: a primitive, or a value type of this assembly with an explicit size.</summary>
    private static int SizeOf(MetadataReader reader, FieldDefinition field)
    {
        var blob = reader.GetBlobReader(field.Signature);
        blob.ReadSignatureHeader();
        var code = blob.ReadSignatureTypeCode();
        while (code is SignatureTypeCode.RequiredModifier or SignatureTypeCode.OptionalModifier)
        {
            blob.ReadTypeHandle();
            code = blob.ReadSignatureTypeCode();
        }

        switch (code)
        {
            case SignatureTypeCode.Boolean or SignatureTypeCode.SByte or SignatureTypeCode.Byte:
                return 1;
            case SignatureTypeCode.Int16 or SignatureTypeCode.UInt16 or SignatureTypeCode.Char:
                return 2;
            case SignatureTypeCode.Int32 or SignatureTypeCode.UInt32 or SignatureTypeCode.Single:
                return 4;
            case SignatureTypeCode.Int64 or SignatureTypeCode.UInt64 or SignatureTypeCode.Double:
                return 8;
            case SignatureTypeCode.TypeHandle:
                var type = blob.ReadTypeHandle();
                return type.Kind == HandleKind.TypeDefinition ? reader.GetTypeDefinition((TypeDefinitionHandle)type).GetLayout().Size : 0;
            default:
                return 0;
        }
    }
}
