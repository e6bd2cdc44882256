using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Model;
using InitOrder.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator;

/// <summary>Orders the patches, decides what to emit, and emits it. Diagnostics are InitPatchAnalyzer's job.</summary>
internal static class GenerationPlanner
{
    public static GenerationPlan Plan(ImmutableArray<PatchCandidate> candidates, CompilationFacts facts, GeneratorOptions options)
    {
        var patches = new List<PatchModel>();
        foreach (var candidate in candidates)
        {
            if (candidate.Patch is { } patch)
            {
                patches.Add(patch);
            }
        }

        patches.Sort(CompareRunOrder);

        // Below C# 9 there are no module initializers; InitPatchAnalyzer reports INIT002 instead.
        var emitInitializer = options.Enabled && facts.LanguageVersion >= LanguageRules.CSharp9;
        return new GenerationPlan(
            new EquatableArray<PatchModel>(emitInitializer ? patches : new List<PatchModel>()),
            facts,
            options,
            emitInitializer);
    }

    public static void Execute(SourceProductionContext context, GenerationPlan plan)
    {
        // InitPatches is emitted even when disabled, so code that reads InitPatches.Applied keeps compiling.
        var libraries = plan.EmitInitializer ? plan.Facts.PatchLibraries.AsImmutableArray() : ImmutableArray<string>.Empty;
        context.AddSource(InitPatchesEmitter.HintName, InitPatchesEmitter.Emit(plan.Patches.AsImmutableArray(), libraries, plan.Facts.AssemblyName, plan.Options.RuntimeGuard));
        if (plan.EmitInitializer)
        {
            context.AddSource(InitializerEmitter.HintName, InitializerEmitter.Emit(plan.Facts));
        }
    }

    /// <summary>Ascending Order, then ordinal full name: never file order, which the user does not control.</summary>
    public static int CompareRunOrder(PatchModel left, PatchModel right)
    {
        var byOrder = left.Order.CompareTo(right.Order);
        return byOrder != 0 ? byOrder : string.CompareOrdinal(left.FullName, right.FullName);
    }
}
