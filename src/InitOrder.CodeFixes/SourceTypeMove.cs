using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace InitOrder.CodeFixes;

/// <summary>
/// Moves a static field or auto-property of a type into a new static class declared just before that type, and
/// rewrites every use of it (inside the type too) to go through the new class.
/// </summary>
internal static class SourceTypeMove
{
    /// <summary><c>ClockSource</c> for <c>Clock</c>; a number is added while the name is taken beside it.</summary>
    public static string NewTypeName(INamedTypeSymbol type)
    {
        var siblings = type.ContainingType?.GetTypeMembers() ?? type.ContainingNamespace.GetTypeMembers();
        var name = type.Name + "Source";
        for (var i = 2; siblings.Any(s => s.Name == name); i++)
        {
            name = type.Name + "Source" + i;
        }

        return name;
    }

    public static async Task<Solution> ApplyAsync(Solution solution, ISymbol member, string newTypeName, CancellationToken cancellationToken)
    {
        var declaration = (await member.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false))
            .FirstAncestorOrSelf<MemberDeclarationSyntax>()!;
        var typeDeclaration = declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
        var homeDocument = solution.GetDocument(declaration.SyntaxTree)!;
        var qualifiedNewType = QualifiedName(member.ContainingType, newTypeName);

        // Every use, grouped by document; the home document also gets the move itself.
        var references = (await SymbolFinder.FindReferencesAsync(member, solution, cancellationToken).ConfigureAwait(false))
            .SelectMany(r => r.Locations)
            .Where(l => !l.IsImplicit && l.Document is not null)
            .GroupBy(l => l.Document.Id)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Location.SourceSpan).ToList());
        if (!references.ContainsKey(homeDocument.Id))
        {
            references.Add(homeDocument.Id, new List<Microsoft.CodeAnalysis.Text.TextSpan>());
        }

        foreach (var pair in references)
        {
            var document = solution.GetDocument(pair.Key)!;
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var span in pair.Value)
            {
                if (editor.OriginalRoot.FindNode(span, getInnermostNodeForTie: true) is SimpleNameSyntax name)
                {
                    var use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? (ExpressionSyntax)access : name;
                    editor.ReplaceNode(use, Qualified(qualifiedNewType, name).WithTriviaFrom(use));
                }
            }

            if (pair.Key == homeDocument.Id)
            {
                editor.InsertBefore(typeDeclaration, NewType(member, declaration, newTypeName));
                if (declaration is FieldDeclarationSyntax { Declaration.Variables.Count: > 1 } field)
                {
                    editor.RemoveNode(field.Declaration.Variables.First(v => v.Identifier.ValueText == member.Name));
                }
                else
                {
                    editor.RemoveNode(declaration);
                }
            }

            var changed = editor.GetChangedDocument();
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            solution = changed.Project.Solution;
        }

        return solution;
    }

    private static string QualifiedName(INamedTypeSymbol target, string newTypeName)
        => (target.ContainingType is { } outer
            ? outer.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            : target.ContainingNamespace.IsGlobalNamespace ? "global::" : target.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            + (target.ContainingType is null && target.ContainingNamespace.IsGlobalNamespace ? string.Empty : ".") + newTypeName;

    private static ExpressionSyntax Qualified(string qualifiedNewType, SimpleNameSyntax name)
        => SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseExpression(qualifiedNewType),
                SyntaxFactory.IdentifierName(name.Identifier.ValueText))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// <c>internal static class ClockSource { public static ... Now = ...; }</c>: public only when both the target and the
    /// member are, as the member was reachable; a private or protected member becomes internal, so the target can read it.
    /// </summary>
    private static ClassDeclarationSyntax NewType(ISymbol member, MemberDeclarationSyntax declaration, string newTypeName)
    {
        var moved = declaration is FieldDeclarationSyntax { Declaration.Variables.Count: > 1 } field
            ? field.WithDeclaration(field.Declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(field.Declaration.Variables.First(v => v.Identifier.ValueText == member.Name))))
            : declaration;
        if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
        {
            var modifiers = moved.Modifiers.Where(m => !m.IsKind(SyntaxKind.PrivateKeyword) && !m.IsKind(SyntaxKind.ProtectedKeyword));
            moved = moved.WithModifiers(SyntaxFactory.TokenList(new[] { SyntaxFactory.Token(SyntaxKind.InternalKeyword) }.Concat(modifiers)));
        }

        var isPublic = member.DeclaredAccessibility == Accessibility.Public && member.ContainingType.DeclaredAccessibility == Accessibility.Public;
        return SyntaxFactory.ClassDeclaration(newTypeName)
            .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(isPublic ? SyntaxKind.PublicKeyword : SyntaxKind.InternalKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword)))
            .WithMembers(SyntaxFactory.SingletonList(moved.WithoutLeadingTrivia()))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
