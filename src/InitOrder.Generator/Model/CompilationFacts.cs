namespace InitOrder.Generator.Model;

/// <summary>
/// The few facts about the compilation that decide what the emitters write.
/// Recomputed for every compilation, but value-equal, so downstream steps stay cached.
/// </summary>
internal sealed record CompilationFacts(
    int LanguageVersion,
    bool HasModuleInitializerAttribute,
    bool HasBootstrap,
    EquatableArray<string> ReferencedAssemblyNames,
    string AssemblyName);
