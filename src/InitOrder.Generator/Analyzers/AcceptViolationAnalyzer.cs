using System.Collections.Immutable;
using System.Linq;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InitOrder.Generator.Analyzers;

/// <summary>
/// Reports INIT006 for an [AcceptViolation] the verifier could never match or could not justify. Whether an acceptance
/// still matches a violation is only known after compiling; the verifier reports stale ones (INIT105).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcceptViolationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidAcceptance);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        // Nearly every compilation has none: return before registering the per-method and per-attribute-list actions.
        if (!SourceMentions.AnyUserFileMentions(context.Compilation, "AcceptViolation", context.CancellationToken))
        {
            return;
        }

        var attributeType = context.Compilation.GetTypeByMetadataName(TrackingNames.AcceptViolationMetadataName);
        if (attributeType is null)
        {
            return;
        }

        bool IsAcceptance(AttributeData attribute) => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType);

        context.RegisterSymbolAction(
            c =>
            {
                foreach (var attribute in c.Symbol.GetAttributes().Where(IsAcceptance))
                {
                    Report(attribute, c.ReportDiagnostic, c.CancellationToken);
                }
            },
            SymbolKind.Method);

        // Assembly attributes belong to no symbol the symbol action visits; each [assembly: ...] list is checked where it is written.
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var list = (AttributeListSyntax)c.Node;
                if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
                {
                    return;
                }

                foreach (var attribute in c.Compilation.Assembly.GetAttributes().Where(IsAcceptance))
                {
                    var reference = attribute.ApplicationSyntaxReference;
                    if (reference is not null && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span))
                    {
                        Report(attribute, c.ReportDiagnostic, c.CancellationToken);
                    }
                }
            },
            SyntaxKind.AttributeList);
    }

    private static void Report(AttributeData attribute, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();
        foreach (var problem in AcceptanceRules.FindProblems(attribute))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidAcceptance, location, problem));
        }
    }
}
