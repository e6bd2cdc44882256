using System.Linq;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// The cheapest generator that does what InitOrder must do: one ForAttributeWithMetadataName, a transform that keeps
/// only the method's name, and one output file. On InitOrder's attribute it matches the same methods, so what it costs
/// per edit is what the API itself costs for these matches; on an attribute used nowhere, what its syntax side costs.
/// </summary>
// Not marked [Generator]: only this benchmark creates it, never a compiler.
internal sealed class BaselineGenerator : IIncrementalGenerator
{
    private readonly string _attributeMetadataName;

    public BaselineGenerator(string attributeMetadataName) => _attributeMetadataName = attributeMetadataName;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddSource("Attribute.g.cs", BaselineAttributeSource.Text));
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName(_attributeMetadataName, static (_, _) => true, static (c, _) => c.TargetSymbol.Name)
            .WithTrackingName("Matches");
        context.RegisterSourceOutput(names.Collect(), static (output, all) =>
            output.AddSource("Names.g.cs", "// " + string.Join(",", all.OrderBy(n => n, System.StringComparer.Ordinal))));
    }
}
