using System.Collections.Generic;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Parsing;

/// <summary>Reads the targets, assemblies and Order of one [InitPatch] usage, reporting what cannot be used.</summary>
internal static class PatchTargetReader
{
    public static (EquatableArray<string> Types, EquatableArray<string> Assemblies, int Order)? Read(
        AttributeData attribute, string patchName, Location? location, List<DiagnosticInfo> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        var types = new List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Array && argument.IsNull)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTarget, location, patchName, "the targets array is null; pass typeof(SomeType) or omit it and use Assemblies"));
                continue;
            }

            foreach (var value in Flatten(argument))
            {
                if (value.Value is INamedTypeSymbol { TypeKind: not TypeKind.Error } type)
                {
                    types.Add(PatchNames.MetadataName(type.OriginalDefinition));
                }
                else if (value.Value is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTarget, location, patchName, "a target type is null; pass typeof(SomeType)"));
                }
                else if (value.Value is ITypeSymbol { TypeKind: not TypeKind.Error } other)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTarget, location, patchName, $"'{other.ToDisplayString()}' is not a class, struct, interface, enum or delegate type"));
                }
            }
        }

        var order = 0;
        var assemblies = new List<string>();
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Order" && named.Value.Value is int value)
            {
                order = value;
            }
            else if (named.Key == "Assemblies")
            {
                ReadAssemblies(named.Value, patchName, location, assemblies, diagnostics);
            }
        }

        if (diagnostics.Count > errorsBefore)
        {
            return null;
        }

        if (types.Count == 0 && assemblies.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PatchWithoutTargets, location, patchName));
            return null;
        }

        types.Sort(System.StringComparer.Ordinal);
        assemblies.Sort(System.StringComparer.Ordinal);
        return (new EquatableArray<string>(Distinct(types)), new EquatableArray<string>(Distinct(assemblies)), order);
    }

    private static void ReadAssemblies(TypedConstant value, string patchName, Location? location, List<string> assemblies, List<DiagnosticInfo> diagnostics)
    {
        if (value.IsNull)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTarget, location, patchName, "Assemblies is null; omit it or list assembly simple names"));
            return;
        }

        foreach (var item in Flatten(value))
        {
            var name = (item.Value as string)?.Trim();
            if (string.IsNullOrEmpty(name) || name!.IndexOfAny(new[] { ',', '/', '\\' }) >= 0 || name.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTarget, location, patchName, $"assembly name '{item.Value}' is not a simple assembly name such as \"Npgsql\""));
                continue;
            }

            assemblies.Add(name);
        }
    }

    private static IEnumerable<TypedConstant> Flatten(TypedConstant constant)
    {
        if (constant.Kind == TypedConstantKind.Array)
        {
            if (constant.IsNull)
            {
                yield break;
            }

            foreach (var item in constant.Values)
            {
                yield return item;
            }
        }
        else
        {
            yield return constant;
        }
    }

    private static List<string> Distinct(List<string> sorted)
    {
        var result = new List<string>(sorted.Count);
        foreach (var item in sorted)
        {
            if (result.Count == 0 || result[result.Count - 1] != item)
            {
                result.Add(item);
            }
        }

        return result;
    }
}
