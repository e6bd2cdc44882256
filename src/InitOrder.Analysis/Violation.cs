using System.Collections.Generic;

namespace InitOrder.Analysis;

/// <summary>
/// Code that runs before a patch reaches something the patch targets.
/// </summary>
public sealed class Violation
{
    private readonly SourceLocation? _location;

    public Violation(string code, string patch, string patchedType, string root, string message, IReadOnlyList<ChainStep> chain, SourceLocation? location = null)
    {
        _location = location;
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

    /// <summary>The method a violation whose chain starts outside the user's code is reported at (see <see cref="Location"/>); null otherwise.</summary>
    internal string? ReportedAt { get; init; }

    /// <summary>The shortest chain from the root to the target.</summary>
    public IReadOnlyList<ChainStep> Chain { get; }

    /// <summary>
    /// Where to point the user: the first step's location, or, when the chain starts where no source line is (a
    /// referenced library's module initializer the JIT runs for the patch), the patch, where the fix goes.
    /// </summary>
    public SourceLocation? Location => _location ?? (Chain.Count == 0 ? null : Chain[0].Location);
}
