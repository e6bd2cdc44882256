using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InitOrder.Generator.Analyzers.Direct;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace InitOrder.CodeFixes;

/// <summary>
/// INIT102 or INIT106, direct: adds <c>[AcceptViolation("INITxxx", Target = typeof(T), Justification = "")]</c> to the method
/// where the chain starts. The justification is left empty, with the caret placed in it: a reviewer must write why the
/// violation is harmless (until then INIT006 says it is missing, and nothing is accepted).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AcceptViolationCodeFix)), Shared]
public sealed class AcceptViolationCodeFix : CodeFixProvider
{
    /// <summary>Roslyn's own navigation annotation kind: the IDE moves the caret to the annotated token after the fix.</summary>
    internal const string NavigationAnnotationKind = "CodeAction_Navigation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("INIT102", "INIT106");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method
                || !diagnostic.Properties.TryGetValue(DirectViolationProperties.Target, out var target) || target is null
                || HasAcceptance(method, diagnostic.Id))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Accept this " + diagnostic.Id + " with [AcceptViolation] (write the justification)",
                    token => AddAsync(context.Document, method, diagnostic.Id, target, token),
                    nameof(AcceptViolationCodeFix) + diagnostic.Id + target),
                diagnostic);
        }
    }

    /// <summary>Already added (its justification not written yet): offering it again would only add a copy.</summary>
    private static bool HasAcceptance(MethodDeclarationSyntax method, string code)
        => method.AttributeLists.SelectMany(l => l.Attributes).Any(a =>
            a.Name.ToString().EndsWith("AcceptViolation", System.StringComparison.Ordinal)
            && a.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal
            && literal.Token.ValueText == code);

    private static async Task<Document> AddAsync(Document document, MethodDeclarationSyntax method, string code, string target, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var type = model?.Compilation.GetTypeByMetadataName(target);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (type is null || root is null)
        {
            return document;
        }

        // Written as the method's [InitPatch] is: qualified with InitOrder. or not.
        var qualified = method.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().StartsWith("InitOrder.", System.StringComparison.Ordinal));
        var typeName = type.IsGenericType
            ? type.ToMinimalDisplayString(model!, method.SpanStart, SymbolDisplayFormat.MinimallyQualifiedFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)) + "<" + new string(',', type.Arity - 1) + ">"
            : type.ToMinimalDisplayString(model!, method.SpanStart);
        var justification = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(string.Empty))
            .WithAdditionalAnnotations(new SyntaxAnnotation(NavigationAnnotationKind));
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName((qualified ? "InitOrder." : string.Empty) + "AcceptViolation"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(code))),
                SyntaxFactory.AttributeArgument(SyntaxFactory.TypeOfExpression(SyntaxFactory.ParseTypeName(typeName))).WithNameEquals(SyntaxFactory.NameEquals("Target")),
                SyntaxFactory.AttributeArgument(justification).WithNameEquals(SyntaxFactory.NameEquals("Justification")),
            })));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)).WithAdditionalAnnotations(Formatter.Annotation);
        var current = root.FindNode(method.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() ?? method;
        var updated = root.ReplaceNode(current, current.AddAttributeLists(list));
        var formatted = await Formatter.FormatAsync(document.WithSyntaxRoot(updated), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return formatted;
    }
}
