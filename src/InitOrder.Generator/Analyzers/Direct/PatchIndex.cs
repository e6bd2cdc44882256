using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// The analyzer's view of the project's patches, bound only as far as a question needs. From syntax alone it lists the
/// attributed method declarations of the files that name <c>InitPatch</c>, with the simple names their attributes pass
/// to <c>typeof</c> (kept per syntax tree, so an edit reads one file again); a question about one type binds only the
/// declarations that name it. After an edit in a patch file that is a handful of declarations, not every patch. A target named only through an alias is missed,
/// which only means fewer direct diagnostics: the verifier still sees it.
/// </summary>
internal sealed class PatchIndex
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _attributeType;
    private readonly List<(MethodDeclarationSyntax Declaration, HashSet<string> TypeNames)> _declarations = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<ProjectPatch>> _byTarget = new(System.StringComparer.Ordinal);

    private PatchIndex(Compilation compilation, INamedTypeSymbol attributeType)
    {
        _compilation = compilation;
        _attributeType = attributeType;
    }

    public static PatchIndex Create(Compilation compilation, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var index = new PatchIndex(compilation, attributeType);
        foreach (var tree in compilation.SyntaxTrees)
        {
            index._declarations.AddRange(Declarations.GetValue(tree, t => ReadDeclarations(t, cancellationToken)));
        }

        return index;
    }

    /// <summary>
    /// Each file's attributed method declarations depend on its syntax alone, so they are kept per syntax tree: after an
    /// edit, the IDE's next compilation shares every other tree, and only the edited file is read again.
    /// </summary>
    private static readonly ConditionalWeakTable<SyntaxTree, List<(MethodDeclarationSyntax Declaration, HashSet<string> TypeNames)>> Declarations = new();

    private static List<(MethodDeclarationSyntax Declaration, HashSet<string> TypeNames)> ReadDeclarations(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var declarations = new List<(MethodDeclarationSyntax Declaration, HashSet<string> TypeNames)>();
        if (SourceMentions.Mentions(tree, "InitPatch", cancellationToken))
        {
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(static n => n is not BlockSyntax and not ArrowExpressionClauseSyntax))
            {
                if (node is MethodDeclarationSyntax { AttributeLists.Count: > 0 } declaration)
                {
                    declarations.Add((declaration, TypeOfNames(declaration)));
                }
            }
        }

        return declarations;
    }

    /// <summary>The valid patches that target <paramref name="type"/> (its generic definition).</summary>
    public IReadOnlyList<ProjectPatch> Targeting(INamedTypeSymbol type, string metadataName, CancellationToken cancellationToken)
        => _byTarget.GetOrAdd(metadataName, _ => Bind(type.Name, metadataName, cancellationToken));

    /// <summary>Every valid patch of the project, as the code fixes need them.</summary>
    public List<ProjectPatch> All(CancellationToken cancellationToken) => Bind(_ => true, cancellationToken);

    private IReadOnlyList<ProjectPatch> Bind(string simpleName, string metadataName, CancellationToken cancellationToken)
        => Bind(names => names.Contains(simpleName), cancellationToken).FindAll(p => p.Model.TargetTypes.AsImmutableArray().Contains(metadataName));

    private List<ProjectPatch> Bind(System.Func<HashSet<string>, bool> candidate, CancellationToken cancellationToken)
    {
        var patches = new List<ProjectPatch>();
        foreach (var (declaration, typeNames) in _declarations)
        {
            if (!candidate(typeNames))
            {
                continue;
            }

#pragma warning disable RS1030 // The project's patches are declared in other files than the one analysed.
            var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } method && ProjectPatch.Read(method, _attributeType, cancellationToken) is { } patch)
            {
                patches.Add(patch);
            }
        }

        return patches;
    }

    /// <summary>The simple names inside <c>typeof(...)</c> in a declaration's attributes: <c>Clock</c> for <c>typeof(global::App.Clock)</c>.</summary>
    private static HashSet<string> TypeOfNames(MethodDeclarationSyntax declaration)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var typeOf in list.DescendantNodes())
            {
                if (typeOf is TypeOfExpressionSyntax { Type: var type })
                {
                    names.Add(RightmostName(type));
                }
            }
        }

        return names;
    }

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => type.ToString(),
    };
}
