using InitOrder.Generator.Parsing;

namespace InitOrder.Generator.Emit;

/// <summary>
/// Patches across assemblies. An assembly with patches exposes a public entry type named after itself, so an
/// application built with InitOrder can apply its libraries' patches first, from its own initializer. Each library
/// guards its own sequence, so every patch runs once per process whoever triggers it.
/// </summary>
internal static class LibraryEntryEmitter
{
    public static void EmitLibraryStub(CodeWriter writer, int index, string assemblyName)
    {
        writer.Line()
            .Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]")
            .Open($"private static void Library{index}()")
            .Open($"foreach (var name in global::{PatchLibraryFinder.EntryNamespace}.{PatchLibraryFinder.EntryTypeName(assemblyName)}.ApplyAll())")
            .Open("if (!s_applied.Contains(name))")
            .Line("s_applied.Add(name);")
            .Close()
            .Close()
            .Close();
    }

    public static void EmitEntryType(CodeWriter writer, string assemblyName)
    {
        writer.Line()
            .Open($"namespace {PatchLibraryFinder.EntryNamespace}")
            .Line($"/// <summary>Applies the InitOrder patches of assembly {System.Security.SecurityElement.Escape(assemblyName)} (once per process). Called by applications built with InitOrder.</summary>")
            .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .Open($"public static class {PatchLibraryFinder.EntryTypeName(assemblyName)}")
            .Line("/// <summary>Runs the patches if they have not run yet; returns the full names of the applied patches, in run order.</summary>")
            .Open("public static global::System.Collections.Generic.IReadOnlyList<string> ApplyAll()")
            .Line("global::InitOrder.InitPatches.ApplyAll();")
            .Line("return global::InitOrder.InitPatches.Applied;")
            .Close()
            .Close()
            .Close();
    }
}
