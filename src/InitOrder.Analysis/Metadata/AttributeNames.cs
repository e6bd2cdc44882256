using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Metadata;

/// <summary>The full name of an attribute's type, from its constructor handle.</summary>
internal static class AttributeNames
{
    /// <summary>Null when the constructor is neither a method definition nor a reference to a type's member.</summary>
    public static string? TypeOf(LoadedAssembly assembly, EntityHandle constructor)
    {
        var reader = assembly.Reader;
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            return assembly.Names.Get(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()).FullName;
        }

        if (constructor.Kind == HandleKind.MemberReference)
        {
            var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            return parent.Kind == HandleKind.TypeReference ? assembly.Names.Get((TypeReferenceHandle)parent).FullName : null;
        }

        return null;
    }
}
