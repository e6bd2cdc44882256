using InitOrder.Generator.Diagnostics;

namespace InitOrder.Generator.Model;

/// <summary>Everything the output step does, decided up front: patches in run order, diagnostics, and what to emit.</summary>
internal sealed record GenerationPlan(
    EquatableArray<PatchModel> Patches,
    EquatableArray<DiagnosticInfo> Diagnostics,
    CompilationFacts Facts,
    GeneratorOptions Options,
    bool EmitInitializer);
