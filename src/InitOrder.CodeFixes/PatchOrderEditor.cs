using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InitOrder.Generator;
using InitOrder.Generator.Analyzers.Direct;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InitOrder.CodeFixes;

/// <summary>Applies a <see cref="PatchOrderPlan"/> to the [InitPatch] attributes of a project: sets or adds <c>Order = n</c>.</summary>
internal static class PatchOrderEditor
{
    public static async Task<Solution> ApplyAsync(Project project, IEnumerable<(string First, string Then)> runsFirst, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var attributeType = compilation?.GetTypeByMetadataName(TrackingNames.AttributeMetadataName);
        if (compilation is null || attributeType is null)
        {
            return project.Solution;
        }

        var patches = PatchIndex.Create(compilation, attributeType, cancellationToken).All(cancellationToken)
            .OrderBy(p => p.Model, Comparer<Generator.Model.PatchModel>.Create(GenerationPlanner.CompareRunOrder))
            .ToList();
        var changes = PatchOrderPlan.Plan(patches.Select(p => (p.FullName, p.Model.Order)).ToList(), runsFirst);

        var solution = project.Solution;
        foreach (var byTree in patches.Where(p => changes.ContainsKey(p.FullName) && p.Attribute.ApplicationSyntaxReference is not null)
            .GroupBy(p => p.Attribute.ApplicationSyntaxReference!.SyntaxTree))
        {
            var document = solution.GetDocument(byTree.Key);
            if (document is null)
            {
                continue;
            }

            var root = await byTree.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var attributes = byTree.ToDictionary(p => (AttributeSyntax)p.Attribute.ApplicationSyntaxReference!.GetSyntax(cancellationToken), p => changes[p.FullName]);
            root = root.ReplaceNodes(attributes.Keys, (original, _) => WithOrder(original, attributes[original]));
            solution = solution.WithDocumentSyntaxRoot(document.Id, root);
        }

        return solution;
    }

    private static AttributeSyntax WithOrder(AttributeSyntax attribute, int order)
    {
        var value = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(order));
        ExpressionSyntax literal = order < 0
            ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(-order)))
            : value;
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Order");
        if (existing is not null)
        {
            return attribute.ReplaceNode(existing.Expression, literal.WithTriviaFrom(existing.Expression));
        }

        var argument = SyntaxFactory.AttributeArgument(literal)
            .WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Order"), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
        var separators = arguments.Arguments.GetSeparators().ToList();
        if (arguments.Arguments.Count > 0)
        {
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var separated = SyntaxFactory.SeparatedList(arguments.Arguments.Add(argument), separators);
        return attribute.WithArgumentList(arguments.WithArguments(separated));
    }
}
