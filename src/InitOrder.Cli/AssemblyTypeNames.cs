using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace InitOrder.Cli;

/// <summary>
/// The full names (<c>Ns.Outer+Inner</c>) of every type an assembly defines or references, to catch a
/// misspelt <c>--target</c>: a type the assembly never names can only be reached through other assemblies,
/// and "nothing reaches it" would then be a misleading all-clear.
/// </summary>
internal static class AssemblyTypeNames
{
    /// <summary>The names, or null when the file cannot be read (the verifier reports that itself).</summary>
    public static HashSet<string>? Read(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return null;
            }

            var reader = pe.GetMetadataReader();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var handle in reader.TypeDefinitions)
            {
                names.Add(DefinitionName(reader, handle));
            }

            foreach (var handle in reader.TypeReferences)
            {
                names.Add(ReferenceName(reader, handle));
            }

            return names;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is BadImageFormatException)
        {
            return null;
        }
    }

    // Nesting is walked in a bounded loop: a malformed file with a cycle must not hang or overflow the stack.
    private const int MaxNesting = 64;

    private static string DefinitionName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        string name = reader.GetString(type.Name);
        for (int depth = 0; depth < MaxNesting && !type.GetDeclaringType().IsNil; depth++)
        {
            type = reader.GetTypeDefinition(type.GetDeclaringType());
            name = reader.GetString(type.Name) + "+" + name;
        }

        return Qualify(reader.GetString(type.Namespace), name);
    }

    private static string ReferenceName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        string name = reader.GetString(type.Name);
        for (int depth = 0; depth < MaxNesting && type.ResolutionScope.Kind == HandleKind.TypeReference; depth++)
        {
            type = reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            name = reader.GetString(type.Name) + "+" + name;
        }

        return Qualify(reader.GetString(type.Namespace), name);
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
