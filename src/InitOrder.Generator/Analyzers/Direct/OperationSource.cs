using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// Operation trees of the few declarations the direct rules read outside the analysed file: the helpers a patch calls
/// and its target's static initializers. One semantic model per file, shared by the analyzer's concurrent actions.
/// </summary>
internal sealed class OperationSource
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public OperationSource(Compilation compilation) => _compilation = compilation;

    public bool Contains(SyntaxTree tree) => _compilation.ContainsSyntaxTree(tree);

#pragma warning disable RS1030 // The target's initializers and the patch's helpers are declared in other files than the one analysed.
    public IOperation? Get(SyntaxNode node, CancellationToken cancellationToken)
        => _models.GetOrAdd(node.SyntaxTree, tree => _compilation.GetSemanticModel(tree)).GetOperation(node, cancellationToken);
#pragma warning restore RS1030
}
