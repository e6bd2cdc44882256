using System;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// What a token's signature says about reflection values: whether it hands back a System.Type or a reflection member
/// (MethodInfo, PropertyInfo...). The cheap test on the signature's named types comes first, so only the few tokens
/// that name such types at all build their signature text.
/// </summary>
internal static class ReflectionSignatures
{
    public const string SystemType = "System.Type";

    /// <summary>A call that returns a Type (or Type[]) other than <c>typeof</c>'s GetTypeFromHandle.</summary>
    public static bool ReturnsTypeValue(MemberToken token, NamedType? owner) =>
        NamesSystemType(token) && !(owner?.FullName == SystemType && token.Name == "GetTypeFromHandle") && ReturnText(token).Contains(SystemType);

    public static bool ReturnsReflectionMember(MemberToken token) => NamesReflectionMember(token) && IsReflectionMember(ReturnText(token));

    /// <summary>A field of type Type (or Type[]).</summary>
    public static bool HoldsTypeValue(MemberToken field) => NamesSystemType(field) && field.SignatureText.Contains(SystemType);

    /// <summary>A field holding a reflection member.</summary>
    public static bool HoldsReflectionMember(MemberToken field) => NamesReflectionMember(field) && IsReflectionMember(field.SignatureText);

    public static bool IsReflectionMember(string text) =>
        text.Contains("System.Reflection.MethodInfo") || text.Contains("System.Reflection.MethodBase") || text.Contains("System.Reflection.ConstructorInfo") ||
        text.Contains("System.Reflection.PropertyInfo") || text.Contains("System.Reflection.FieldInfo") || text.Contains("System.Reflection.MemberInfo") ||
        text.Contains("System.Reflection.EventInfo");

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

    private static bool NamesReflectionMember(MemberToken token)
    {
        foreach (var type in token.SignatureTypes)
        {
            // The namespace first: an equality test, where the member-type test searches the name seven times.
            if (type.Namespace == "System.Reflection" && IsReflectionMember(type.FullName))
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
