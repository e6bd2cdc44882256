using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>A valid patch of the compilation being analysed: its method and what the generator made of its attribute.</summary>
internal sealed record ProjectPatch(IMethodSymbol Method, AttributeData Attribute, PatchModel Model)
{
    public string FullName => Model.FullName;

    /// <summary>True when this patch runs before <paramref name="other"/>, in the generator's order.</summary>
    public bool RunsBefore(ProjectPatch other) => GenerationPlanner.CompareRunOrder(Model, other.Model) < 0;

    /// <summary>The attribute as written, for messages and code fixes.</summary>
    public Location? AttributeLocation => Attribute.ApplicationSyntaxReference is { } reference
        ? Location.Create(reference.SyntaxTree, reference.Span)
        : null;
}
