namespace InitOrder.Analysis;

/// <summary>
/// The verifier's diagnostic ids. The README has an anchor per code (lowercase), which the task links to.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A module initializer that runs before InitOrder's reaches a patch's target.</summary>
    public const string ReachedFromEarlierModuleInitializer = "INIT101";

    /// <summary>InitOrder's own sequence (earlier patch, static constructor, JIT-time initializer) reaches a patch's target.</summary>
    public const string ReachedFromInitOrderSequence = "INIT102";

    /// <summary>The assembly has patches, but InitOrder's initializer is not called from the module constructor.</summary>
    public const string InitializerNotCalled = "INIT103";

    /// <summary>A static constructor, assumed to run first (the CLI's --all-static-constructors), reaches a target.</summary>
    public const string ReachedFromAssumedStaticConstructor = "INIT104";

    /// <summary>An [AcceptViolation] matches no violation any more (warning).</summary>
    public const string StaleAcceptance = "INIT105";

    /// <summary>A patch runs its own target's static constructor before it writes state that constructor reads.</summary>
    public const string PatchInitializesOwnTarget = "INIT106";

    /// <summary>The assembly cannot be read.</summary>
    public const string UnreadableAssembly = "INIT201";

    /// <summary>No PDB: diagnostics carry no source lines.</summary>
    public const string NoPdb = "INIT202";

    /// <summary>The PDB does not belong to the assembly and was ignored.</summary>
    public const string PdbMismatch = "INIT203";

    /// <summary>A method body could not be decoded and was not analysed.</summary>
    public const string MalformedMethodBody = "INIT204";

    /// <summary>The input is a reference assembly, which has no code to analyse.</summary>
    public const string ReferenceAssemblyInput = "INIT205";

    /// <summary>The verifier itself failed unexpectedly.</summary>
    public const string InternalFailure = "INIT299";

    // `initorder trace`: what a traced run showed. Kept here so every code has one list and one README section.

    /// <summary>At run time, code touched a patch's target before the patch finished.</summary>
    public const string TouchedBeforePatch = "INIT301";

    /// <summary>At run time, a patch never ran (its assembly was not loaded, or its module initializer did not run).</summary>
    public const string PatchNeverRan = "INIT302";

    /// <summary>The traced command left no readable trace (or one process's trace was unreadable).</summary>
    public const string NoTrace = "INIT303";

    /// <summary>No traced process loaded an assembly with InitOrder patches (warning).</summary>
    public const string TraceFoundNoPatches = "INIT304";
}
