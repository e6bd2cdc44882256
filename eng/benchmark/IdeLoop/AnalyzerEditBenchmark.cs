using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using InitOrder.Generator;
using InitOrder.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InitOrder.Benchmarks.IdeLoop;

/// <summary>
/// IDE-like, for the analyzers: after each edit (and the generator's run), the IDE analyzes the edited document. The
/// compiler's own diagnostics of that document are computed first, untimed (the IDE shows them anyway, and they bind the
/// document); then each analyzer set analyzes it, timed, in rotating order. The driver binds the document again in its
/// own compilation for the first analyzer that registers an action, a cost every analyzer shares; so the direct
/// analyzer's cost is read against a minimal analyzer, and as what adding it to the other two costs. Edits go to a file
/// without a patch (what most typing is) and to a file with one (where the direct rules run).
/// </summary>
internal static class AnalyzerEditBenchmark
{
    private const int WarmUpEdits = 5;
    private const int WholeCompilationRepetitions = 5;

    public static AnalyzerEditResult Run(string repository, int files, int patches, int edits, TextWriter log)
    {
        var workspace = DriverWorkspace.Create(repository, files, patches);
        var result = new Dictionary<(AnalyzerEditKind, AnalyzerSet), IReadOnlyList<(double Wall, double Processor)>>();
        foreach (var kind in new[] { AnalyzerEditKind.FileWithoutPatch, AnalyzerEditKind.FileWithPatch })
        {
            log.WriteLine("  analyzers, edits in a " + (kind == AnalyzerEditKind.FileWithPatch ? "file with a patch" : "file without a patch"));
            var compilation = workspace.Compilation();
            var driver = DriverWorkspace.CreateDriver(new InitPatchGenerator()).RunGenerators(compilation);
            var times = AnalyzerSets.All.ToDictionary(s => s, _ => new List<(double Wall, double Processor)>());
            for (int edit = 0; edit < WarmUpEdits + edits; edit++)
            {
                var (old, edited) = kind == AnalyzerEditKind.FileWithPatch
                    ? workspace.EditFile(compilation, edit % patches, edit)
                    : workspace.Edit(compilation, edit);
                compilation = compilation.ReplaceSyntaxTree(old, edited);
                driver = driver.RunGenerators(compilation);
                var output = compilation.AddSyntaxTrees(driver.GetRunResult().GeneratedTrees);
                for (int k = 0; k < AnalyzerSets.All.Length; k++)
                {
                    var set = AnalyzerSets.All[(edit + k) % AnalyzerSets.All.Length];
                    var measured = Analyze(output, edited.FilePath, set);
                    if (edit >= WarmUpEdits)
                    {
                        times[set].Add(measured);
                    }
                }
            }

            foreach (var (set, list) in times)
            {
                result[(kind, set)] = list;
            }
        }

        return new AnalyzerEditResult(files, patches, edits, result, WholeCompilation(workspace, WholeCompilationRepetitions, log));
    }

    /// <summary>
    /// As a clean build runs them: every analyzer set over the whole compilation (with the generator's output), after
    /// the compiler's own diagnostics have bound it, timed in processor time, in rotating order, fresh compilations.
    /// </summary>
    public static IReadOnlyDictionary<AnalyzerSet, IReadOnlyList<double>> WholeCompilation(DriverWorkspace workspace, int repetitions, TextWriter log)
    {
        var times = AnalyzerSets.All.ToDictionary(s => s, _ => new List<double>());
        for (int rep = 0; rep <= repetitions; rep++)
        {
            log.WriteLine("  analyzers, whole compilation " + rep + "/" + repetitions + (rep == 0 ? " (warm-up)" : ""));
            var compilation = workspace.Compilation();
            var driver = DriverWorkspace.CreateDriver(new InitPatchGenerator()).RunGenerators(compilation);
            var output = compilation.AddSyntaxTrees(driver.GetRunResult().GeneratedTrees);
            for (int k = 0; k < AnalyzerSets.All.Length; k++)
            {
                var set = AnalyzerSets.All[(rep + k) % AnalyzerSets.All.Length];
                var withAnalyzers = output.WithAnalyzers(AnalyzerSets.Create(set), Options());
                withAnalyzers.Compilation.GetDiagnostics();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                double processorStart = ProcessCpuClock.Milliseconds();
                var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                double processor = ProcessCpuClock.Milliseconds() - processorStart;
                if (!diagnostics.IsEmpty)
                {
                    throw new InvalidOperationException("The benchmark consumer should have no InitOrder diagnostics: " + diagnostics[0]);
                }

                if (rep > 0)
                {
                    times[set].Add(processor);
                }
            }
        }

        return times.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value);
    }

    /// <summary>The properties the package's props make visible to the compiler, as in a build with the verifier on.</summary>
    private static AnalyzerOptions Options() => new(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(new Dictionary<string, string>
    {
        ["build_property.InitOrderEnabled"] = "true",
        ["build_property.InitOrderVerify"] = "true",
        ["build_property.ProjectDir"] = "/consumer/",
    }));

    private static (double Wall, double Processor) Analyze(Compilation output, string path, AnalyzerSet set)
    {
        var withAnalyzers = output.WithAnalyzers(AnalyzerSets.Create(set), Options());
        var model = withAnalyzers.Compilation.GetSemanticModel(withAnalyzers.Compilation.SyntaxTrees.Single(t => t.FilePath == path));
        model.GetDiagnostics();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        double processorStart = ProcessCpuClock.Milliseconds();
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        double processor = ProcessCpuClock.Milliseconds() - processorStart;
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The benchmark consumer should have no InitOrder diagnostics: " + diagnostics[0]);
        }

        return (stopwatch.Elapsed.TotalMilliseconds, processor);
    }
}

internal enum AnalyzerEditKind
{
    FileWithoutPatch,
    FileWithPatch,
}

internal enum AnalyzerSet
{
    /// <summary>An analyzer that registers nothing: the analyzer driver's own cost.</summary>
    Empty,

    /// <summary>
    /// One syntax-node action on method declarations that returns at once: what any analyzer of method declarations
    /// costs, mostly the driver binding the document in its own compilation, which every analyzer shares.
    /// </summary>
    Minimal,

    /// <summary>InitPatchAnalyzer and AcceptViolationAnalyzer (INIT001-INIT006): what shipped before.</summary>
    Existing,

    /// <summary>DirectViolationAnalyzer alone.</summary>
    Direct,

    /// <summary>All three, as the package ships them now.</summary>
    All,
}

internal static class AnalyzerSets
{
    public static readonly AnalyzerSet[] All = { AnalyzerSet.Empty, AnalyzerSet.Minimal, AnalyzerSet.Existing, AnalyzerSet.Direct, AnalyzerSet.All };

    public static ImmutableArray<DiagnosticAnalyzer> Create(AnalyzerSet set) => set switch
    {
        AnalyzerSet.Empty => ImmutableArray.Create<DiagnosticAnalyzer>(new StandInAnalyzer(registerAction: false)),
        AnalyzerSet.Minimal => ImmutableArray.Create<DiagnosticAnalyzer>(new StandInAnalyzer(registerAction: true)),
        AnalyzerSet.Existing => ImmutableArray.Create<DiagnosticAnalyzer>(new InitPatchAnalyzer(), new AcceptViolationAnalyzer()),
        AnalyzerSet.Direct => ImmutableArray.Create<DiagnosticAnalyzer>(new DirectViolationAnalyzer()),
        _ => ImmutableArray.Create<DiagnosticAnalyzer>(new InitPatchAnalyzer(), new AcceptViolationAnalyzer(), new DirectViolationAnalyzer()),
    };

    public static string Describe(AnalyzerSet set) => set switch
    {
        AnalyzerSet.Empty => "An analyzer that registers nothing (the analyzer driver alone)",
        AnalyzerSet.Minimal => "Baseline: one method-declaration syntax action that returns at once",
        AnalyzerSet.Existing => "InitPatchAnalyzer + AcceptViolationAnalyzer (INIT001-INIT006, before)",
        AnalyzerSet.Direct => "DirectViolationAnalyzer alone (direct INIT102, INIT106)",
        _ => "All three (the package now)",
    };

#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1041, RS2008 // A stand-in hosted by the benchmark only.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class StandInAnalyzer(bool registerAction) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new("BENCH001", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            if (registerAction)
            {
                context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.MethodDeclaration);
            }
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS1036, RS1041, RS2008
}
