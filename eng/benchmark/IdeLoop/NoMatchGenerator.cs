using Microsoft.CodeAnalysis;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// The same generator as <see cref="OneMatchGenerator"/>, but its attribute is used nowhere: what the syntax
/// side of ForAttributeWithMetadataName costs per edit when nothing has to be bound.
/// </summary>
// Not marked [Generator]: only this benchmark creates it, never a compiler.
internal sealed class NoMatchGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddSource("Attribute.g.cs", BaselineAttributeSource.Text));
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName("InitOrder.UnusedAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name)
            .WithTrackingName("Matches");
        context.RegisterSourceOutput(names.Collect(), static (output, all) => output.AddSource("Names.g.cs", "// " + all.Length));
    }
}
