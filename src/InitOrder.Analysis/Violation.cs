using System.Collections.Generic;

namespace InitOrder.Analysis;

/// <summary>
/// Code that runs before a patch reaches something the patch targets.
/// </summary>
public sealed class Violation
{
    public Violation(string code, string patch, string patchedType, string root, string message, IReadOnlyList<ChainStep> chain)
    {
        Code = code;
        Patch = patch;
        PatchedType = patchedType;
        Root = root;
        Message = message;
        Chain = chain;
    }

    /// <summary>INIT101, INIT102, INIT104 or <see cref="DiagnosticCodes.PatchInitializesOwnTarget"/> (INIT106).</summary>
    public string Code { get; }

    /// <summary>The patch method, <c>Namespace.Type.Method</c>.</summary>
    public string Patch { get; }

    /// <summary>The target type's full name, or the simple name of a target assembly.</summary>
    public string PatchedType { get; }

    /// <summary>Full name of the code that runs first (the chain's first step).</summary>
    public string Root { get; }

    public string Message { get; }

    /// <summary>The shortest chain from the root to the target.</summary>
    public IReadOnlyList<ChainStep> Chain { get; }

    /// <summary>Where to point the user: the first step's location.</summary>
    public SourceLocation? Location => Chain.Count == 0 ? null : Chain[0].Location;
}
