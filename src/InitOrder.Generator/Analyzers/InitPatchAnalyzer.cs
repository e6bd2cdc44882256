using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InitOrder.Generator.Analyzers;

/// <summary>
/// Reports INIT001-INIT005. They come from an analyzer rather than the generator because only analyzer diagnostics
/// obey .editorconfig and .globalconfig severities; the generator shares the same rules and just skips invalid patches.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InitPatchAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The name every usage spells, as InitPatch or InitPatchAttribute.</summary>
    private const string AttributeName = "InitPatch";

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
        if (!GeneratorOptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider).Enabled
            || !SourceMentions.AnyUserFileMentions(context.Compilation, AttributeName, context.CancellationToken))
        {
            return;
        }

        var attributeType = context.Compilation.GetTypeByMetadataName(TrackingNames.AttributeMetadataName);
        if (attributeType is null)
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

        // Local functions and lambdas are not symbols the symbol action visits. A syntax action, not an operation action:
        // operation actions make the compiler build operation trees for every method body, which cost more than the rest.
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var method = c.Node switch
                {
                    LocalFunctionStatementSyntax { AttributeLists.Count: > 0 } local => c.SemanticModel.GetDeclaredSymbol(local, c.CancellationToken) as IMethodSymbol,
                    LambdaExpressionSyntax { AttributeLists.Count: > 0 } lambda => c.SemanticModel.GetSymbolInfo(lambda, c.CancellationToken).Symbol as IMethodSymbol,
                    _ => null,
                };
                if (method is not null)
                {
                    Check(method, c.ReportDiagnostic, c.CancellationToken);
                }
            },
            SyntaxKind.LocalFunctionStatement,
            SyntaxKind.ParenthesizedLambdaExpression,
            SyntaxKind.SimpleLambdaExpression);
    }
}
