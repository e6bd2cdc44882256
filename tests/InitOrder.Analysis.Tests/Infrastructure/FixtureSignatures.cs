using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>The blobs and references a <see cref="FixtureAssemblyBuilder"/> assembly needs: signatures and the [InitPatch] value.</summary>
internal static class FixtureSignatures
{
    public static TypeReferenceHandle SystemType(MetadataBuilder metadata, AssemblyReferenceHandle scope, string name) =>
        metadata.AddTypeReference(scope, metadata.GetOrAddString("System"), metadata.GetOrAddString(name));

    public static BlobBuilder StaticVoid()
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).MethodSignature().Parameters(0, returnType => returnType.Void(), _ => { });
        return blob;
    }

    public static BlobBuilder AttributeConstructor(TypeReferenceHandle systemType)
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).MethodSignature(isInstanceMethod: true).Parameters(
            1, returnType => returnType.Void(), parameters => parameters.AddParameter().Type().SZArray().Type(systemType, isValueType: false));
        return blob;
    }

    public static BlobBuilder IntField()
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).FieldSignature().Int32();
        return blob;
    }

    public static BlobBuilder PatchAttributeValue(string targetFullName)
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).CustomAttributeSignature(out var fixedArguments, out var namedArguments);
        var targets = fixedArguments.AddArgument().Vector().Count(1);
        targets.AddLiteral().Scalar().SystemType(SerializeTypeName(targetFullName));
        namedArguments.Count(0);
        return blob;
    }

    /// <summary>A type name as an attribute blob serializes it: these characters are escaped with a backslash.</summary>
    public static string SerializeTypeName(string fullName)
    {
        var text = new StringBuilder(fullName.Length);
        foreach (char c in fullName)
        {
            if ("\\,+&*[]".IndexOf(c) >= 0)
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
