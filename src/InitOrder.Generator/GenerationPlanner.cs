using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using InitOrder.Generator.Diagnostics;
using InitOrder.Generator.Emit;
using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator;

/// <summary>Orders the patches, decides what to emit, and emits it.</summary>
internal static class GenerationPlanner
{
    private const int CSharp9 = 900;

    public static GenerationPlan Plan(ImmutableArray<PatchCandidate> candidates, CompilationFacts facts, GeneratorOptions options)
    {
        var patches = new List<PatchModel>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var candidate in candidates)
        {
            diagnostics.AddRange(candidate.Diagnostics);
            if (candidate.Patch is { } patch)
            {
                patches.Add(patch);
                AddUnknownAssemblyWarnings(patch, facts, diagnostics);
            }
        }

        patches.Sort(CompareRunOrder);
        var languageSupported = facts.LanguageVersion >= CSharp9;
        if (options.Enabled && !languageSupported && patches.Count > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, patches[0].Location, FormatLanguageVersion(facts.LanguageVersion)));
        }

        var emitInitializer = options.Enabled && languageSupported;
        return new GenerationPlan(
            new EquatableArray<PatchModel>(emitInitializer ? patches : new List<PatchModel>()),
            new EquatableArray<DiagnosticInfo>(diagnostics),
            facts,
            options,
            emitInitializer);
    }

    public static void Execute(SourceProductionContext context, GenerationPlan plan)
    {
        foreach (var diagnostic in plan.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

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

    private static void AddUnknownAssemblyWarnings(PatchModel patch, CompilationFacts facts, List<DiagnosticInfo> diagnostics)
    {
        foreach (var assembly in patch.TargetAssemblies)
        {
            if (!Contains(facts.ReferencedAssemblyNames, assembly) && !string.Equals(facts.AssemblyName, assembly, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownTargetAssembly, patch.Location, patch.FullName, assembly));
            }
        }
    }

    private static bool Contains(EquatableArray<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string FormatLanguageVersion(int version) => (version / 100) + "." + (version % 100);
}
