using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Tests.Infrastructure;

/// <summary>
/// The outcome of running the generator once: its sources, the final compilation, and InitOrder's diagnostics
/// (reported by InitPatchAnalyzer and AcceptViolationAnalyzer over the generated compilation, as in a real build).
/// </summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation OutputCompilation, GeneratorRunResult Result, ImmutableArray<Diagnostic> InitOrderDiagnostics)
{

    public IEnumerable<Diagnostic> CompilerErrors
        => OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public string Source(string hintName)
        => Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public bool HasSource(string hintName) => Result.GeneratedSources.Any(s => s.HintName == hintName);

    public Diagnostic SingleDiagnostic(string id) => Assert.Single(InitOrderDiagnostics, d => d.Id == id);
}
