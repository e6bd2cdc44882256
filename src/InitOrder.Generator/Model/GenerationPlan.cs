namespace InitOrder.Generator.Model;

/// <summary>Everything the output step does, decided up front: patches in run order and what to emit.</summary>
internal sealed record GenerationPlan(
    EquatableArray<PatchModel> Patches,
    CompilationFacts Facts,
    GeneratorOptions Options,
    bool EmitInitializer);
