using System.Linq;
using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// The cheapest generator that does what InitOrder must do: one ForAttributeWithMetadataName on the same attribute,
/// so it matches the same methods, a transform that keeps only the method's name, and one output file. What it
/// costs per edit is what the API itself costs for these matches.
/// </summary>
// Not marked [Generator]: only this benchmark creates it, never a compiler.
internal sealed class OneMatchGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddSource("Attribute.g.cs", BaselineAttributeSource.Text));
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName(BaselineAttributeSource.MetadataName, static (_, _) => true, static (c, _) => c.TargetSymbol.Name)
            .WithTrackingName("Matches");
        context.RegisterSourceOutput(names.Collect(), static (output, all) =>
            output.AddSource("Names.g.cs", "// " + string.Join(",", all.OrderBy(n => n, System.StringComparer.Ordinal))));
    }
}
