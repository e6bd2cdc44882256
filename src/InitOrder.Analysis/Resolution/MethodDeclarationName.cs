using System;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Resolution;

/// <summary>
/// Names the method a MethodImpl row implements (its declaring type and method name), which is how
/// explicit interface implementations and overrides are linked to what they implement.
/// </summary>
internal static class MethodDeclarationName
{
    public static (NamedType Type, string TypeFullName, string Name)? Read(LoadedAssembly assembly, EntityHandle declaration)
    {
        var reader = assembly.Reader;
        try
        {
            if (declaration.Kind == HandleKind.MethodDefinition)
            {
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)declaration);
                var type = assembly.Names.Get(method.GetDeclaringType());
                return (type, type.FullName, assembly.Strings.Get(method.Name));
            }

            if (declaration.Kind == HandleKind.MemberReference)
            {
                var reference = reader.GetMemberReference((MemberReferenceHandle)declaration);
                var parent = reference.Parent;
                bool isType = parent.Kind == HandleKind.TypeDefinition || parent.Kind == HandleKind.TypeReference || parent.Kind == HandleKind.TypeSpecification;
                var type = isType ? assembly.Names.Decode(parent).Definition : null;
                return type is null ? null : (type, type.FullName, assembly.Strings.Get(reference.Name));
            }
        }
        catch (BadImageFormatException)
        {
            // An undecodable MethodImpl row only loses that one link.
        }

        return null;
    }
}
