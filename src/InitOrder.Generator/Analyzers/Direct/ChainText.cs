using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// Writes chain steps as the verifier does: <c>Patches.Tune() (App.cs:25)</c>, with the path relative to the project
/// folder and the line of the statement (the verifier reads lines from the PDB's sequence points, which start at statements).
/// </summary>
internal sealed class ChainText
{
    public const string Arrow = " \u2192 ";

    private readonly string? _projectDirectory;

    public ChainText(string? projectDirectory)
    {
        _projectDirectory = string.IsNullOrEmpty(projectDirectory) ? null : ToForwardSlashes(projectDirectory!);
        if (_projectDirectory is not null && !_projectDirectory.EndsWith("/", System.StringComparison.Ordinal))
        {
            _projectDirectory += "/";
        }
    }

    /// <summary><c>Patches.Tune()</c>: a method as the chains name it.</summary>
    public static string Method(IMethodSymbol method)
        => method.MethodKind == MethodKind.StaticConstructor
            ? StaticConstructor(method.ContainingType)
            : StaticAccessWalker.Display(method.ContainingType, method.Name + "()");

    public static string StaticConstructor(INamedTypeSymbol type) => StaticAccessWalker.Display(type, ".cctor");

    /// <summary><c>Patches.Tune() (App.cs:25)</c>: a step and where in it the next one is reached.</summary>
    public string Step(string method, SyntaxNode at) => method + " (" + Place(at) + ")";

    private string Place(SyntaxNode node)
    {
        var span = StatementOf(node).GetLocation().GetLineSpan();
        var path = ToForwardSlashes(span.Path);
        if (_projectDirectory is not null && path.StartsWith(_projectDirectory, System.StringComparison.Ordinal))
        {
            path = path.Substring(_projectDirectory.Length);
        }

        return path + ":" + (span.StartLinePosition.Line + 1);
    }

    /// <summary>The node a sequence point starts at: the statement, an expression body, or a field's declarator.</summary>
    private static SyntaxNode StatementOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case StatementSyntax and not BlockSyntax:
                    return current;
                case ArrowExpressionClauseSyntax arrow:
                    return arrow.Expression;
                case VariableDeclaratorSyntax or PropertyDeclarationSyntax:
                    return current;
            }
        }

        return node;
    }

    private static string ToForwardSlashes(string path) => path.Replace('\\', '/');
}
