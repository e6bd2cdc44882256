using System.Reflection.Metadata;

namespace InitOrder.Analysis.Discovery;

/// <summary>One decoded <c>[InitOrder.AcceptViolation]</c>, on a method or (when <see cref="Method"/> is nil) on the assembly.</summary>
internal sealed class DeclaredAcceptance
{
    public DeclaredAcceptance(string code, string? target, string? patch, string justification, MethodDefinitionHandle method)
    {
        Code = code;
        Target = target;
        Patch = patch;
        Justification = justification;
        Method = method;
    }

    public string Code { get; }

    /// <summary>Namespace-qualified metadata name of the accepted target type, or null to accept any target.</summary>
    public string? Target { get; }

    /// <summary>Full name of the accepted patch (<c>Namespace.Type.Method</c>), or null to accept any patch.</summary>
    public string? Patch { get; }

    public string Justification { get; }

    /// <summary>The method where the accepted chains start; nil for an assembly-level acceptance.</summary>
    public MethodDefinitionHandle Method { get; }

    public bool IsOnAssembly => Method.IsNil;

    /// <summary>
    /// Names a patch or a target (otherwise it would accept everything) and says why. The analyzer reports anything else as
    /// INIT006, and the verifier lets it accept nothing.
    /// </summary>
    public bool IsUsable => (Target is not null || Patch is not null) && Justification.Trim().Length > 0;

    /// <summary>How the attribute reads in source, for messages.</summary>
    public string Describe()
    {
        string text = "[AcceptViolation(\"" + Code + "\"";
        if (Patch is not null)
        {
            text += ", Patch = \"" + Patch + "\"";
        }

        if (Target is not null)
        {
            text += ", Target = typeof(" + Target + ")";
        }

        return text + ")]";
    }
}
