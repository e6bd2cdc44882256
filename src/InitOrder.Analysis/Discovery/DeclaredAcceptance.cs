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

    /// <summary>An acceptance naming neither patch nor target would accept everything; the analyzer rejects it (INIT006) and so does the verifier.</summary>
    public bool NamesSomething => Target is not null || Patch is not null;

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
