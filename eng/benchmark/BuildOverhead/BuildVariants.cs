using System;
using System.Linq;

namespace InitOrder.Benchmarks.BuildOverhead;

internal static class BuildVariants
{
    public static readonly BuildVariant[] All = { BuildVariant.Without, BuildVariant.Generator, BuildVariant.GeneratorAndAnalyzers, BuildVariant.Full };

    /// <summary>
    /// The analyzers' diagnostics. With all of an analyzer's diagnostics at severity none the compiler does not run
    /// it at all (the same as a user silencing them), so no switch of our own is needed to leave them out.
    /// </summary>
    private static readonly string[] AnalyzerDiagnostics = { "INIT001", "INIT002", "INIT003", "INIT004", "INIT005", "INIT006" };

    /// <summary>Project file lines that make the variant: the package reference and the switches.</summary>
    public static string ProjectContent(BuildVariant variant, string packageVersion)
    {
        if (variant == BuildVariant.Without)
        {
            return "";
        }

        string reference = "<ItemGroup><PackageReference Include=\"InitOrder\" Version=\"" + packageVersion + "\" /></ItemGroup>";
        string noVerifier = variant is BuildVariant.Full or BuildVariant.Baseline ? "" : "<PropertyGroup><InitOrderVerify>false</InitOrderVerify></PropertyGroup>";
        string noAnalyzers = variant == BuildVariant.Generator ? "<ItemGroup><GlobalAnalyzerConfigFiles Include=\"NoInitOrderAnalyzers.globalconfig\" /></ItemGroup>" : "";
        return reference + noVerifier + noAnalyzers;
    }

    /// <summary>The global analyzer config the Generator variant points to, or null.</summary>
    public static string? GlobalConfig(BuildVariant variant) => variant != BuildVariant.Generator
        ? null
        : "is_global = true\n" + string.Concat(AnalyzerDiagnostics.Select(id => "dotnet_diagnostic." + id + ".severity = none\n"));

    public static string Describe(BuildVariant variant) => variant switch
    {
        BuildVariant.Without => "without InitOrder",
        BuildVariant.Generator => "generator only",
        BuildVariant.GeneratorAndAnalyzers => "generator + analyzers",
        BuildVariant.Full => "everything (generator + analyzers + verifier)",
        BuildVariant.Baseline => "everything, baseline package",
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
