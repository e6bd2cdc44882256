using System;
using System.Linq;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// [AcceptViolation] as the verifier applies it: on the method where the chain starts, or on the assembly; the code
/// must match, and so must the patch and the target where the acceptance names them. An acceptance with a problem
/// (INIT006) accepts nothing.
/// </summary>
internal sealed class Acceptances
{
    private readonly INamedTypeSymbol? _attributeType;
    private readonly Lazy<AttributeData[]> _onAssembly;

    public Acceptances(Compilation compilation)
    {
        _attributeType = compilation.GetTypeByMetadataName(TrackingNames.AcceptViolationMetadataName);
        _onAssembly = new Lazy<AttributeData[]>(() => Usable(compilation.Assembly.GetAttributes()));
    }

    /// <param name="root">The method the chain starts at.</param>
    /// <param name="patch">The patch whose target is reached, <c>Namespace.Type.Method</c>.</param>
    /// <param name="target">The target's metadata name.</param>
    public bool Accept(IMethodSymbol root, string code, string patch, string target)
    {
        if (_attributeType is null)
        {
            return false;
        }

        return Usable(root.GetAttributes()).Concat(_onAssembly.Value).Any(a => Matches(a, code, patch, target));
    }

    private AttributeData[] Usable(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        => attributes.Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _attributeType) && !AcceptanceRules.FindProblems(a).Any()).ToArray();

    private static bool Matches(AttributeData acceptance, string code, string patch, string target)
    {
        if (!string.Equals(acceptance.ConstructorArguments[0].Value as string, code, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var named in acceptance.NamedArguments)
        {
            if (named.Key == "Patch" && named.Value.Value is string name && name != patch)
            {
                return false;
            }

            if (named.Key == "Target" && named.Value.Value is INamedTypeSymbol type && PatchNames.MetadataName(type.OriginalDefinition) != target)
            {
                return false;
            }
        }

        return true;
    }
}
