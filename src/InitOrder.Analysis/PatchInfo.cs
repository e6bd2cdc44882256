using System.Collections.Generic;

namespace InitOrder.Analysis;

/// <summary>
/// One <c>[InitPatch]</c> method, as found in the generated <c>ApplyAll</c> (which gives the run order).
/// </summary>
public sealed class PatchInfo
{
    public PatchInfo(string method, int order, IReadOnlyList<string> targets, IReadOnlyList<string> assemblies, IReadOnlyList<string> runsBefore)
    {
        Method = method;
        Order = order;
        Targets = targets;
        Assemblies = assemblies;
        RunsBefore = runsBefore;
    }

    /// <summary>Full name in the contract's form, <c>Namespace.Type.Method</c>.</summary>
    public string Method { get; }

    /// <summary>The attribute's <c>Order</c>.</summary>
    public int Order { get; }

    /// <summary>Full metadata names of the patched types, for example <c>Sample.ThreadIdentity</c>.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Simple names of the patched assemblies.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>The assembly that declares the patch: the analysed one, or a referenced library whose patches it applies first.</summary>
    public string DeclaringAssembly { get; set; } = string.Empty;

    /// <summary>Full names of everything the verifier treats as running before this patch (its roots).</summary>
    public IReadOnlyList<string> RunsBefore { get; }

    /// <summary>
    /// Full names of every static constructor (module constructors included) reachable from <see cref="RunsBefore"/>,
    /// sorted: what the verifier assumes may run before this patch. The run-time oracle tests measure it against
    /// what really ran.
    /// </summary>
    public IReadOnlyList<string> MayRunBefore { get; set; } = System.Array.Empty<string>();

    /// <summary>
    /// With <see cref="VerificationRequest.ExplainStaticConstructors"/>: each of <see cref="MayRunBefore"/> with the chain
    /// that first reached it, formatted as a violation's chain is. Empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, string> MayRunBeforeChains { get; set; } = new Dictionary<string, string>();

    /// <summary>The reflective calls that may run before this patch, each with the rule the verifier applied to it.</summary>
    public IReadOnlyList<ReflectionStep> Reflection { get; set; } = System.Array.Empty<ReflectionStep>();
}
