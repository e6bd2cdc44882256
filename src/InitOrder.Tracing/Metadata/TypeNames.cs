using System.Reflection.Metadata;

namespace InitOrder.Tracing.Metadata;

/// <summary>Full metadata names of an assembly's own types: <c>Ns.Type</c>, nested as <c>Ns.Outer+Inner</c>, generic as <c>Ns.Cache`1</c>.</summary>
internal sealed class TypeNames
{
    private readonly MetadataReader _reader;

    public TypeNames(MetadataReader reader)
    {
        _reader = reader;
    }

    public string NameOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        string name = _reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return NameOf(declaring) + "+" + name;
        }

        string ns = _reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
