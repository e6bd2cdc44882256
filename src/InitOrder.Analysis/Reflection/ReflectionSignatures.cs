using System;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What a token's signature says about reflection values: whether it hands back a System.Type. The cheap test on the signature's named types comes first, so only the few tokens
/// that name such types at all build their signature text.
/// </summary>
internal static class ReflectionSignatures
{
    public const string SystemType = "System.Type";

    /// <summary>A call that returns a Type (or Type[]) other than <c>typeof</c>'s GetTypeFromHandle.</summary>
    public static bool ReturnsTypeValue(MemberToken token, NamedType? owner) =>
        NamesSystemType(token) && !(owner?.FullName == SystemType && token.Name == "GetTypeFromHandle") && ReturnText(token).Contains(SystemType);

    /// <summary>A field of type Type (or Type[]).</summary>
    public static bool HoldsTypeValue(MemberToken field) => NamesSystemType(field) && field.SignatureText.Contains(SystemType);

    /// <summary>Primitives decode to their System name; generic parameters to <c>!0</c> or <c>!!0</c>.</summary>
    public static bool IsPrimitive(DecodedType type) => type.Text.StartsWith("System.", StringComparison.Ordinal);

    private static bool NamesSystemType(MemberToken token)
    {
        foreach (var type in token.SignatureTypes)
        {
            if (type.FullName == SystemType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The return type's text of a method signature (<c>instance RET&lt;arity&gt;(params)</c>).</summary>
    private static string ReturnText(MemberToken token)
    {
        string text = token.SignatureText;
        if (text.StartsWith("instance ", StringComparison.Ordinal))
        {
            text = text.Substring("instance ".Length);
        }

        int end = text.IndexOf('(');
        return end < 0 ? text : text.Substring(0, end);
    }
}
