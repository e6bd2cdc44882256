using System;
using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InitOrder.Generator.Parsing;

/// <summary>Reads the MSBuild properties that build/InitOrder.props exposes to the compiler.</summary>
internal static class GeneratorOptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        options.TryGetValue("build_property.InitOrderEnabled", out var enabled);
        options.TryGetValue("build_property.InitOrderRuntimeGuard", out var guard);
        return new GeneratorOptions(!IsFalse(enabled), ParseGuard(guard));
    }

    private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static RuntimeGuardMode ParseGuard(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "off" or "false" or "none" => RuntimeGuardMode.Off,
        "throw" or "error" => RuntimeGuardMode.Throw,
        _ => RuntimeGuardMode.Warn,
    };
}
