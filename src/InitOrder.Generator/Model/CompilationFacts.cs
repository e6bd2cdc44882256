namespace InitOrder.Generator.Model;

/// <summary>
/// The few facts about the compilation that decide what the emitters write.
/// Recomputed for every compilation, but value-equal, so downstream steps stay cached.
/// </summary>
/// <param name="PatchLibraries">Referenced assemblies with InitOrder patches, dependencies first: applied before this assembly's own.</param>
internal sealed record CompilationFacts(
    int LanguageVersion,
    bool HasModuleInitializerAttribute,
    bool HasBootstrap,
    string AssemblyName,
    EquatableArray<string> PatchLibraries);
