using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace InitOrder.Generator.Analyzers;

/// <summary>
/// Reports INIT001-INIT005. They come from an analyzer rather than the generator because only analyzer diagnostics
/// obey .editorconfig and .globalconfig severities; the generator shares the same rules and just skips invalid patches.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InitPatchAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidPatchMethod,
        DiagnosticDescriptors.LanguageVersionTooLow,
        DiagnosticDescriptors.PatchWithoutTargets,
        DiagnosticDescriptors.InvalidTarget,
        DiagnosticDescriptors.UnknownTargetAssembly);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var attributeType = context.Compilation.GetTypeByMetadataName(TrackingNames.AttributeMetadataName);
        if (attributeType is null || !GeneratorOptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider).Enabled)
        {
            return;
        }

        var compilation = context.Compilation;
        var languageVersion = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : 0;
        var knownAssemblies = new HashSet<string>(compilation.ReferencedAssemblyNames.Select(a => a.Name), StringComparer.OrdinalIgnoreCase)
        {
            compilation.AssemblyName ?? string.Empty,
        };

        void Check(IMethodSymbol method, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
            if (attribute is null)
            {
                return;
            }

            var candidate = PatchReader.Read(method, attribute, cancellationToken);
            foreach (var diagnostic in candidate.Diagnostics)
            {
                report(diagnostic.ToDiagnostic(compilation));
            }

            if (candidate.Patch is not { } patch)
            {
                return;
            }

            if (languageVersion < LanguageRules.CSharp9)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, patch.Location?.ToLocation(compilation), LanguageRules.Format(languageVersion)));
            }

            foreach (var assembly in patch.TargetAssemblies.Where(a => !knownAssemblies.Contains(a)))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.UnknownTargetAssembly, patch.Location?.ToLocation(compilation), patch.FullName, assembly));
            }
        }

        context.RegisterSymbolAction(c => Check((IMethodSymbol)c.Symbol, c.ReportDiagnostic, c.CancellationToken), SymbolKind.Method);

        // Local functions and lambdas are not symbols the symbol action visits.
        context.RegisterOperationAction(
            c =>
            {
                var method = c.Operation switch
                {
                    ILocalFunctionOperation local => local.Symbol,
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    _ => null,
                };
                if (method is not null)
                {
                    Check(method, c.ReportDiagnostic, c.CancellationToken);
                }
            },
            OperationKind.LocalFunction,
            OperationKind.AnonymousFunction);
    }
}
