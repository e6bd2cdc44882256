using System.Threading;
using InitOrder.Generator.Model;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>A valid patch of the compilation being analysed: its method and what the generator made of its attribute.</summary>
internal sealed record ProjectPatch(IMethodSymbol Method, AttributeData Attribute, PatchModel Model)
{
    public string FullName => Model.FullName;

    /// <summary>True when this patch runs before <paramref name="other"/>, in the generator's order.</summary>
    public bool RunsBefore(ProjectPatch other) => GenerationPlanner.CompareRunOrder(Model, other.Model) < 0;

    /// <summary>The patch a method declares, when its [InitPatch] is valid (otherwise INIT001-INIT004 say why).</summary>
    public static ProjectPatch? Read(IMethodSymbol method, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return PatchReader.Read(method, attribute, cancellationToken).Patch is { } model ? new ProjectPatch(method, attribute, model) : null;
            }
        }

        return null;
    }
}
