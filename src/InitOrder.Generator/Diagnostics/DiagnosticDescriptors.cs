using System;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Diagnostics;

/// <summary>Every diagnostic the generator can report, described in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "InitOrder";

    public static readonly DiagnosticDescriptor InvalidPatchMethod = Error(
        "INIT001",
        "Invalid InitOrder patch method",
        "'{0}' cannot be an InitOrder patch: it {1}. {2}");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "INIT002",
        "Module initializers need C# 9 or later",
        "InitOrder patches run from a module initializer, which C# {0} does not support; set <LangVersion>9.0</LangVersion> or later (for example <LangVersion>latest</LangVersion>) in the project file");

    public static readonly DiagnosticDescriptor PatchWithoutTargets = Error(
        "INIT003",
        "InitOrder patch has no target",
        "Patch '{0}' names no target: pass the types whose initialization must observe it, as in [InitPatch(typeof(ThreadRegistry))], or name whole assemblies with Assemblies = new[] {{ \"Npgsql\" }}");

    public static readonly DiagnosticDescriptor InvalidTarget = Error(
        "INIT004",
        "Invalid InitOrder patch target",
        "Patch '{0}' has an invalid target: {1}");

    public static readonly DiagnosticDescriptor UnknownTargetAssembly = Warning(
        "INIT005",
        "InitOrder patch targets an assembly the project does not reference",
        "Patch '{0}' targets assembly '{1}', which this project does not reference, so the build cannot check it; check the spelling (the simple name, as in \"Npgsql\")");

    public static readonly DiagnosticDescriptor InvalidAcceptance = Error(
        "INIT006",
        "Invalid InitOrder violation acceptance",
        "This [AcceptViolation] accepts nothing: {0}");

    /// <summary>
    /// INIT102 as one compilation shows it: an earlier patch's own body touches a later patch's target. An error that
    /// no severity setting can lower, as the verifier's is; only [AcceptViolation] accepts it.
    /// </summary>
    public static readonly DiagnosticDescriptor EarlierPatchTouchesTarget = Create(
        "INIT102",
        "An earlier InitOrder patch touches a later patch's target",
        "{0}",
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>INIT106 as one compilation shows it: a patch writes a member of its own target that the target's initializer reads.</summary>
    public static readonly DiagnosticDescriptor PatchInitializesOwnTarget = Create(
        "INIT106",
        "An InitOrder patch initializes its own target before configuring it",
        "{0}",
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.NotConfigurable);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "INIT001" => InvalidPatchMethod,
        "INIT002" => LanguageVersionTooLow,
        "INIT003" => PatchWithoutTargets,
        "INIT004" => InvalidTarget,
        "INIT005" => UnknownTargetAssembly,
        "INIT006" => InvalidAcceptance,
        "INIT102" => EarlierPatchTouchesTarget,
        "INIT106" => PatchInitializesOwnTarget,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown InitOrder diagnostic id."),
    };

    private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, params string[] customTags)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id), customTags: customTags);
}
