using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Lets System.Reflection.Metadata decode custom attribute blobs with types represented as their
/// full names. Type-valued arguments arrive as serialized type names.
/// </summary>
internal sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<string>
{
    private const string SystemType = "System.Type";

    private readonly LoadedAssembly _assembly;

    public AttributeTypeProvider(LoadedAssembly assembly)
    {
        _assembly = assembly;
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetSystemType() => SystemType;

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => _assembly.Names.Get(handle).FullName;

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => _assembly.Names.Get(handle).FullName;

    public string GetTypeFromSerializedName(string name) => name;

    // [InitPatch] has no enum-typed arguments; Int32 is the usual underlying type and keeps decoding going.
    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == SystemType;
}
