using System.Reflection.Metadata;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// Tells reference assemblies (API surface only) from implementation assemblies (code that runs).
/// </summary>
internal static class ReferenceAssemblyDetector
{
    private const string AttributeNamespace = "System.Runtime.CompilerServices";
    private const string AttributeName = "ReferenceAssemblyAttribute";

    public static bool IsReferenceAssembly(MetadataReader reader) => HasReferenceAssemblyAttribute(reader) || !HasAnyMethodBody(reader);

    private static bool HasReferenceAssemblyAttribute(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            var (ns, name) = AttributeTypeName(reader, attribute.Constructor);
            if (name is not null && reader.StringComparer.Equals(name.Value, AttributeName) && reader.StringComparer.Equals(ns!.Value, AttributeNamespace))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when some method that could have IL has it. An assembly of only interfaces and enums has no
    /// bodies either; treating it as a reference assembly loses nothing because there is no code to follow.
    /// </summary>
    private static bool HasAnyMethodBody(MetadataReader reader)
    {
        foreach (var handle in reader.MethodDefinitions)
        {
            if (reader.GetMethodDefinition(handle).RelativeVirtualAddress != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (StringHandle? Namespace, StringHandle? Name) AttributeTypeName(MetadataReader reader, EntityHandle constructor)
    {
        EntityHandle type;
        if (constructor.Kind == HandleKind.MemberReference)
        {
            type = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        }
        else if (constructor.Kind == HandleKind.MethodDefinition)
        {
            type = reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
        }
        else
        {
            return (null, null);
        }

        if (type.Kind == HandleKind.TypeReference)
        {
            var reference = reader.GetTypeReference((TypeReferenceHandle)type);
            return (reference.Namespace, reference.Name);
        }

        if (type.Kind == HandleKind.TypeDefinition)
        {
            var definition = reader.GetTypeDefinition((TypeDefinitionHandle)type);
            return (definition.Namespace, definition.Name);
        }

        return (null, null);
    }
}
