using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// A digest of everything the analysed assembly declares: every metadata table row in row order, with heap indexes
/// replaced by what they point to. Equal digests mean equal declarations and equal token numbering, so a token in a
/// method body means the same thing in both builds.
/// </summary>
/// <remarks>
/// Left out on purpose, because an edit of one method body changes them without changing a declaration: the module
/// version id (a deterministic build derives it from the whole content), where method bodies and field data sit
/// (RVAs), the StandAloneSig table (local signatures; each read body adds its own, see <see cref="MethodDigest"/>) and
/// the user-string heap (each read body adds its <c>ldstr</c> strings).
/// </remarks>
internal static class DeclarationDigest
{
    public static byte[] Compute(MetadataReader reader, PEReader pe)
    {
        using var digest = new DigestWriter();
        digest.Add(reader.MetadataVersion);
        var corHeader = pe.PEHeaders.CorHeader;
        digest.Add(corHeader is null ? -1 : corHeader.EntryPointTokenOrRelativeVirtualAddress);
        digest.Add(corHeader is null ? -1 : (long)corHeader.Flags);

        var module = reader.GetModuleDefinition();
        digest.Add(reader, module.Name);
        digest.Add(module.Generation);
        AddAssemblies(reader, digest);
        AddTypes(reader, digest);
        AddFields(reader, pe, digest);
        AddMethods(reader, digest);
        AddReferences(reader, digest);
        AddPropertiesAndEvents(reader, digest);
        AddAttributes(reader, digest);
        AddGenericParameters(reader, digest);
        return digest.Finish();
    }

    private static void AddAssemblies(MetadataReader reader, DigestWriter digest)
    {
        digest.Add(reader.IsAssembly);
        if (reader.IsAssembly)
        {
            var assembly = reader.GetAssemblyDefinition();
            digest.Add(reader, assembly.Name);
            digest.Add(assembly.Version.ToString());
            digest.Add(reader, assembly.Culture);
            digest.Add((long)assembly.Flags);
            digest.Add((long)assembly.HashAlgorithm);
            digest.Add(reader, assembly.PublicKey);
        }

        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            digest.Add(reader, reference.Name);
            digest.Add(reference.Version.ToString());
            digest.Add(reader, reference.Culture);
            digest.Add((long)reference.Flags);
            digest.Add(reader, reference.PublicKeyOrToken);
            digest.Add(reader, reference.HashValue);
        }

        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.ModuleRef); row++)
        {
            digest.Add(reader, reader.GetModuleReference(MetadataTokens.ModuleReferenceHandle(row)).Name);
        }

        foreach (var handle in reader.AssemblyFiles)
        {
            var file = reader.GetAssemblyFile(handle);
            digest.Add(reader, file.Name);
            digest.Add(file.ContainsMetadata);
            digest.Add(reader, file.HashValue);
        }

        foreach (var handle in reader.ExportedTypes)
        {
            var exported = reader.GetExportedType(handle);
            digest.Add((long)exported.Attributes);
            digest.Add(reader, exported.Namespace);
            digest.Add(reader, exported.Name);
            digest.Add(exported.Implementation);
        }

        foreach (var handle in reader.ManifestResources)
        {
            var resource = reader.GetManifestResource(handle);
            digest.Add(reader, resource.Name);
            digest.Add((long)resource.Attributes);
            digest.Add(resource.Implementation);
        }
    }

    private static void AddTypes(MetadataReader reader, DigestWriter digest)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            digest.Add((long)type.Attributes);
            digest.Add(reader, type.Namespace);
            digest.Add(reader, type.Name);
            digest.Add(type.BaseType);
            digest.Add(type.GetDeclaringType());
            var layout = type.GetLayout();
            digest.Add(layout.PackingSize);
            digest.Add(layout.Size);
            AddHandles(digest, type.GetFields().Select(h => (EntityHandle)h));
            AddHandles(digest, type.GetMethods().Select(h => (EntityHandle)h));
            AddHandles(digest, type.GetProperties().Select(h => (EntityHandle)h));
            AddHandles(digest, type.GetEvents().Select(h => (EntityHandle)h));
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                digest.Add(reader.GetInterfaceImplementation(implementation).Interface);
            }

            foreach (var implementation in type.GetMethodImplementations())
            {
                var methodImplementation = reader.GetMethodImplementation(implementation);
                digest.Add(methodImplementation.MethodBody);
                digest.Add(methodImplementation.MethodDeclaration);
            }

            digest.Add(-2);
        }

        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            digest.Add(reader, reader.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).Signature);
        }
    }

    private static void AddFields(MetadataReader reader, PEReader pe, DigestWriter digest)
    {
        foreach (var handle in reader.FieldDefinitions)
        {
            var field = reader.GetFieldDefinition(handle);
            digest.Add((long)field.Attributes);
            digest.Add(reader, field.Name);
            digest.Add(reader, field.Signature);
            AddConstant(reader, digest, field.GetDefaultValue());
            digest.Add(field.GetOffset());
            digest.Add(reader, field.GetMarshallingDescriptor());
            FieldData.Add(reader, pe, field, digest);
        }
    }

    private static void AddMethods(MetadataReader reader, DigestWriter digest)
    {
        foreach (var handle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(handle);
            digest.Add((long)method.Attributes);
            digest.Add((long)method.ImplAttributes);
            digest.Add(reader, method.Name);
            digest.Add(reader, method.Signature);
            digest.Add(method.RelativeVirtualAddress != 0);
            foreach (var parameterHandle in method.GetParameters())
            {
                var parameter = reader.GetParameter(parameterHandle);
                digest.Add((long)parameter.Attributes);
                digest.Add(parameter.SequenceNumber);
                digest.Add(reader, parameter.Name);
                AddConstant(reader, digest, parameter.GetDefaultValue());
                digest.Add(reader, parameter.GetMarshallingDescriptor());
            }

            var import = method.GetImport();
            digest.Add((long)import.Attributes);
            digest.Add(reader, import.Name);
            digest.Add(import.Module.IsNil ? 0 : MetadataTokens.GetRowNumber(import.Module));
            digest.Add(-2);
        }
    }

    private static void AddReferences(MetadataReader reader, DigestWriter digest)
    {
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            digest.Add(type.ResolutionScope);
            digest.Add(reader, type.Namespace);
            digest.Add(reader, type.Name);
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            digest.Add(member.Parent);
            digest.Add(reader, member.Name);
            digest.Add(reader, member.Signature);
        }

        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            var specification = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
            digest.Add(specification.Method);
            digest.Add(reader, specification.Signature);
        }
    }

    private static void AddPropertiesAndEvents(MetadataReader reader, DigestWriter digest)
    {
        foreach (var handle in reader.PropertyDefinitions)
        {
            var property = reader.GetPropertyDefinition(handle);
            digest.Add((long)property.Attributes);
            digest.Add(reader, property.Name);
            digest.Add(reader, property.Signature);
            AddConstant(reader, digest, property.GetDefaultValue());
            var accessors = property.GetAccessors();
            digest.Add(accessors.Getter);
            digest.Add(accessors.Setter);
            foreach (var other in accessors.Others)
            {
                digest.Add(other);
            }

            digest.Add(-2);
        }

        foreach (var handle in reader.EventDefinitions)
        {
            var @event = reader.GetEventDefinition(handle);
            digest.Add((long)@event.Attributes);
            digest.Add(reader, @event.Name);
            digest.Add(@event.Type);
            var accessors = @event.GetAccessors();
            digest.Add(accessors.Adder);
            digest.Add(accessors.Remover);
            digest.Add(accessors.Raiser);
            foreach (var other in accessors.Others)
            {
                digest.Add(other);
            }

            digest.Add(-2);
        }
    }

    private static void AddAttributes(MetadataReader reader, DigestWriter digest)
    {
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            digest.Add(attribute.Parent);
            digest.Add(attribute.Constructor);
            digest.Add(reader, attribute.Value);
        }

        foreach (var handle in reader.DeclarativeSecurityAttributes)
        {
            var security = reader.GetDeclarativeSecurityAttribute(handle);
            digest.Add(security.Parent);
            digest.Add((long)security.Action);
            digest.Add(reader, security.PermissionSet);
        }
    }

    private static void AddGenericParameters(MetadataReader reader, DigestWriter digest)
    {
        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.GenericParam); row++)
        {
            var parameter = reader.GetGenericParameter(MetadataTokens.GenericParameterHandle(row));
            digest.Add(parameter.Parent);
            digest.Add(parameter.Index);
            digest.Add((long)parameter.Attributes);
            digest.Add(reader, parameter.Name);
            foreach (var constraint in parameter.GetConstraints())
            {
                digest.Add(reader.GetGenericParameterConstraint(constraint).Type);
            }

            digest.Add(-2);
        }
    }

    private static void AddConstant(MetadataReader reader, DigestWriter digest, ConstantHandle handle)
    {
        if (handle.IsNil)
        {
            digest.Add(-1);
            return;
        }

        var constant = reader.GetConstant(handle);
        digest.Add((long)constant.TypeCode);
        digest.Add(reader, constant.Value);
    }

    private static void AddHandles(DigestWriter digest, IEnumerable<EntityHandle> handles)
    {
        foreach (var handle in handles)
        {
            digest.Add(handle);
        }

        digest.Add(-2);
    }
}
