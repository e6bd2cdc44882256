using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InitOrder.Generator.Analyzers.Direct;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InitOrder.CodeFixes;

/// <summary>
/// INIT106, direct: moves the member the patch writes out of its target into a new static type beside it, in the same
/// file (<c>Clock.Now</c> becomes <c>ClockSource.Now</c>), and points every use at it: the README's recommended shape,
/// where the patch configures what the target reads and no longer touches the target.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveToSourceTypeCodeFix)), Shared]
public sealed class MoveToSourceTypeCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("INIT106");

    // Each fix renames uses across the solution; two at once could move members into the same new type.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (compilation is null || Member(compilation, diagnostic) is not { } member)
            {
                continue;
            }

            var sourceName = SourceTypeMove.NewTypeName(member.ContainingType);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Move '" + member.ContainingType.Name + "." + member.Name + "' into a new type '" + sourceName + "' that " + member.ContainingType.Name + " reads from",
                    token => SourceTypeMove.ApplyAsync(context.Document.Project.Solution, member, sourceName, token),
                    nameof(MoveToSourceTypeCodeFix)),
                diagnostic);
        }
    }

    private static ISymbol? Member(Compilation compilation, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DirectViolationProperties.Target, out var target) || target is null
            || !diagnostic.Properties.TryGetValue(DirectViolationProperties.Member, out var name) || name is null)
        {
            return null;
        }

        return compilation.GetTypeByMetadataName(target)?.GetMembers(name)
            .FirstOrDefault(m => m is IFieldSymbol or IPropertySymbol && m.IsStatic && m.DeclaringSyntaxReferences.Length > 0);
    }
}
