using System.Linq;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// Canonical text of a method signature, used to find the MethodDef a MemberRef names.
/// </summary>
internal static class MethodSignatureText
{
    public static string Format(MethodSignature<DecodedType> signature)
    {
        string arity = signature.GenericParameterCount == 0 ? "" : "<" + signature.GenericParameterCount + ">";
        string instance = signature.Header.IsInstance ? "instance " : "";
        return instance + signature.ReturnType.Text + arity + "(" + string.Join(",", signature.ParameterTypes.Select(p => p.Text)) + ")";
    }
}
