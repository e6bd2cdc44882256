using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using InitOrder.Generator.Analyzers.Direct;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InitOrder.CodeFixes;

/// <summary>
/// INIT102, direct: changes the patches' <c>Order</c> so that the patch of the touched target runs before the patch that
/// touches it (<see cref="PatchOrderPlan"/>). Fix-all plans every such pair at once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RunTargetPatchFirstCodeFix)), Shared]
public sealed class RunTargetPatchFirstCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "InitOrder.RunTargetPatchFirst";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("INIT102");

    public override FixAllProvider GetFixAllProvider() => new RunTargetPatchesFirstFixAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Pair(diagnostic) is not { } pair)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Run '" + pair.First + "' first: change the patches' Order",
                    token => PatchOrderEditor.ApplyAsync(context.Document.Project, new[] { pair }, token),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>(the target's patch, the earlier patch that touches the target) from a direct INIT102.</summary>
    internal static (string First, string Then)? Pair(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DirectViolationProperties.Patch, out var first) && first is not null
            && diagnostic.Properties.TryGetValue(DirectViolationProperties.EarlierPatch, out var then) && then is not null
            ? (first, then)
            : null;

    private sealed class RunTargetPatchesFirstFixAll : FixAllProvider
    {
        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is not null => await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false),
                _ => await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false),
            };
            var pairs = diagnostics.Select(Pair).OfType<(string, string)>().ToList();
            return pairs.Count == 0
                ? null
                : CodeAction.Create(
                    "Run each touched target's patch first: change the patches' Order",
                    token => PatchOrderEditor.ApplyAsync(fixAllContext.Project, pairs, token),
                    EquivalenceKey);
        }
    }
}
