using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Finds and decodes <c>[InitOrder.InitPatch(params Type[] targets, Order = n, Assemblies = new[]{...})]</c> on a method.
/// </summary>
internal static class InitPatchAttributeReader
{
    public static bool HasAttribute(LoadedAssembly assembly, MethodDefinitionHandle method) => Find(assembly, method) is not null;

    /// <summary>The decoded attribute, or null when the method does not carry it.</summary>
    /// <exception cref="BadImageFormatException">The attribute blob is malformed.</exception>
    public static PatchAttributeValue? Read(LoadedAssembly assembly, MethodDefinitionHandle method)
    {
        if (Find(assembly, method) is not { } attribute)
        {
            return null;
        }

        CustomAttributeValue<string> value;
        try
        {
            value = attribute.DecodeValue(new AttributeTypeProvider(assembly));
        }
        catch (OutOfMemoryException)
        {
            // The decoder allocates the element count a damaged blob claims (up to 2^31) before reading any element.
            throw new BadImageFormatException("The [InitPatch] attribute on '" + assembly.Names.Get(assembly.Reader.GetMethodDefinition(method).GetDeclaringType()).FullName + "' claims more array elements than its blob holds.");
        }

        var targets = new List<string>();
        if (value.FixedArguments.Length > 0)
        {
            foreach (var name in Strings(value.FixedArguments[0].Value))
            {
                targets.Add(SerializedTypeName.ToDefinitionName(name));
            }
        }

        var assemblies = new List<string>();
        int order = 0;
        foreach (var named in value.NamedArguments)
        {
            if (named.Name == InitOrderNames.OrderProperty && named.Value is int number)
            {
                order = number;
            }
            else if (named.Name == InitOrderNames.AssembliesProperty)
            {
                assemblies.AddRange(Strings(named.Value));
            }
        }

        return new PatchAttributeValue(targets, assemblies, order);
    }

    private static CustomAttribute? Find(LoadedAssembly assembly, MethodDefinitionHandle method)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.GetMethodDefinition(method).GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeNames.TypeOf(assembly, attribute.Constructor) == InitOrderNames.AttributeType)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Array arguments decode to a list of typed arguments; a null array to null.</summary>
    private static IEnumerable<string> Strings(object? arrayValue)
    {
        if (arrayValue is ImmutableArray<CustomAttributeTypedArgument<string>> elements)
        {
            foreach (var element in elements)
            {
                if (element.Value is string text && text.Length > 0)
                {
                    yield return text;
                }
            }
        }
    }
}
