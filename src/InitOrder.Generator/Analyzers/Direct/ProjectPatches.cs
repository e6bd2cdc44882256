using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// Every valid [InitPatch] method declared in this compilation's source, by target type. Found from syntax: only files
/// that name the attribute are walked, and only attributed method declarations are bound. A patch missed here (an
/// alias declared in another file) only means fewer direct diagnostics; the verifier still sees it.
/// </summary>
internal sealed class ProjectPatches
{
    private readonly Dictionary<IMethodSymbol, ProjectPatch> _byMethod;
    private readonly Dictionary<string, List<ProjectPatch>> _byTarget;

    private ProjectPatches(List<ProjectPatch> patches)
    {
        All = patches.ToImmutableArray();
        _byMethod = new Dictionary<IMethodSymbol, ProjectPatch>(SymbolEqualityComparer.Default);
        _byTarget = new Dictionary<string, List<ProjectPatch>>(System.StringComparer.Ordinal);
        foreach (var patch in patches)
        {
            _byMethod[patch.Method] = patch;
            foreach (var target in patch.Model.TargetTypes)
            {
                if (!_byTarget.TryGetValue(target, out var list))
                {
                    _byTarget.Add(target, list = new List<ProjectPatch>());
                }

                list.Add(patch);
            }
        }
    }

    public ImmutableArray<ProjectPatch> All { get; }

    public ProjectPatch? Find(IMethodSymbol method) => _byMethod.TryGetValue(method.OriginalDefinition, out var patch) ? patch : null;

    /// <summary>The patches that target the type with this metadata name (<c>Ns.Outer+Inner`1</c>).</summary>
    public IReadOnlyList<ProjectPatch> Targeting(string metadataName)
        => _byTarget.TryGetValue(metadataName, out var list) ? list : System.Array.Empty<ProjectPatch>();

    public static ProjectPatches Find(Compilation compilation, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var patches = new List<ProjectPatch>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!SourceMentions.Mentions(tree, "InitPatch", cancellationToken))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(static n => n is not BlockSyntax and not ArrowExpressionClauseSyntax))
            {
                if (node is not MethodDeclarationSyntax { AttributeLists.Count: > 0 } declaration)
                {
                    continue;
                }

#pragma warning disable RS1030 // The patches of the whole project decide the run order; they live in other files than the one analysed.
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } method && Read(method, attributeType, cancellationToken) is { } patch)
                {
                    patches.Add(patch);
                }
            }
        }

        return new ProjectPatches(patches);
    }

    /// <summary>The patch a method declares, when its [InitPatch] is valid (otherwise INIT001-INIT004 say why).</summary>
    public static ProjectPatch? Read(IMethodSymbol method, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return PatchReader.Read(method, attribute, cancellationToken).Patch is { } model ? new ProjectPatch(method, attribute, model) : null;
            }
        }

        return null;
    }
}
