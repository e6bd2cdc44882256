using System;
using System.Collections.Immutable;
using System.Threading;
using InitOrder.Generator.Analyzers.Direct;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InitOrder.Generator.Analyzers;

/// <summary>
/// The violations one compilation shows directly, while typing: INIT102 when an earlier patch's own body touches a later
/// patch's target, INIT106 when a patch writes what its own target's initializer reads. Errors that no severity setting
/// lowers, as the verifier's are; a build that has them stops in CoreCompile, so the verifier (after CoreCompile) never
/// reports the same chain again. Everything that needs the whole program stays the verifier's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DirectViolationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.EarlierPatchTouchesTarget,
        DiagnosticDescriptors.PatchInitializesOwnTarget);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (!GeneratorOptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider).Enabled
            || options.TryGetValue("build_property.InitOrderVerify", out var verify) && string.Equals(verify.Trim(), "false", StringComparison.OrdinalIgnoreCase)
            || !SourceMentions.AnyUserFileMentions(context.Compilation, "InitPatch", context.CancellationToken))
        {
            return;
        }

        var compilation = context.Compilation;
        var attributeType = compilation.GetTypeByMetadataName(TrackingNames.AttributeMetadataName);
        if (attributeType is null)
        {
            return;
        }

        options.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        var chains = new ChainText(projectDirectory);
        var operations = new OperationSource(compilation);
        var acceptances = new Acceptances(compilation);
        var patches = new Lazy<PatchIndex>(() => PatchIndex.Create(compilation, attributeType, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

        // A syntax action on attributed method declarations: only patches get bound further, and only their bodies get operation trees.
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declaration = (MethodDeclarationSyntax)c.Node;
                if (declaration.AttributeLists.Count == 0
                    || c.SemanticModel.GetDeclaredSymbol(declaration, c.CancellationToken) is not { } method
                    || ProjectPatch.Read(method, attributeType, c.CancellationToken) is not { } patch)
                {
                    return;
                }

                var accesses = StaticAccessWalker.Walk(c.SemanticModel.GetOperation(declaration, c.CancellationToken));
                foreach (var diagnostic in EarlierPatchRule.Check(patch, accesses, patches.Value, acceptances, chains, c.CancellationToken))
                {
                    c.ReportDiagnostic(diagnostic);
                }

                foreach (var diagnostic in OwnTargetWriteRule.Check(patch, accesses, operations, acceptances, chains, c.CancellationToken))
                {
                    c.ReportDiagnostic(diagnostic);
                }
            },
            SyntaxKind.MethodDeclaration);
    }
}
