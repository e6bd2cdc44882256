using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Parsing;

/// <summary>
/// What makes an [AcceptViolation] usable by the verifier: a code it can accept, something to match (patch or target),
/// and a justification for the audit trail. Anything else would accept nothing, or accept without a reason.
/// </summary>
internal static class AcceptanceRules
{
    /// <summary>The verifier codes a violation can carry.</summary>
    public static readonly string[] AcceptableCodes = { "INIT101", "INIT102", "INIT104", "INIT106" };

    public static IEnumerable<string> FindProblems(AttributeData attribute)
    {
        string? code = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        if (System.Array.IndexOf(AcceptableCodes, code) < 0)
        {
            yield return "'" + code + "' is not a violation code; use \"INIT101\", \"INIT102\", \"INIT104\" or \"INIT106\"";
        }

        bool namesPatch = false;
        bool namesTarget = false;
        string? justification = null;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Patch":
                    namesPatch = named.Value.Value is string patch && patch.Trim().Length > 0;
                    break;
                case "Target":
                    namesTarget = named.Value.Value is ITypeSymbol;
                    break;
                case "Justification":
                    justification = named.Value.Value as string;
                    break;
            }
        }

        if (!namesPatch && !namesTarget)
        {
            yield return "name the patch (Patch = \"Namespace.Type.Method\") or the target (Target = typeof(...)) it accepts";
        }

        if (justification is null || justification.Trim().Length == 0)
        {
            yield return "give a Justification that says why the violation is harmless (it is shown in the reports)";
        }
    }
}
