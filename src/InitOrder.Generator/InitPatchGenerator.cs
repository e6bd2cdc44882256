using System.Collections.Immutable;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Model;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator;

/// <summary>
/// Finds [InitPatch] methods and emits the module initializer that applies them, in order, before other code runs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InitPatchGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
        {
            output.AddSource(AttributeSource.HintName, AttributeSource.Text);
            output.AddSource(AcceptViolationAttributeSource.HintName, AcceptViolationAttributeSource.Text);
        });

        var candidates = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TrackingNames.AttributeMetadataName,
                predicate: static (_, _) => true,
                transform: PatchReader.Read)
            .WithTrackingName(TrackingNames.Candidates);

        var facts = context.CompilationProvider
            .Select(CompilationFactsReader.Read)
            .WithTrackingName(TrackingNames.Facts);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider))
            .WithTrackingName(TrackingNames.Options);

        var plan = candidates.Collect()
            .Combine(facts)
            .Combine(options)
            .Select(static (input, _) => GenerationPlanner.Plan(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Plan);

        context.RegisterSourceOutput(plan, GenerationPlanner.Execute);
    }
}
