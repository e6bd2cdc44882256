using System;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Reading a signature type's text (<see cref="DecodedType.Text"/>): its element without array, reference and pointer
/// marks, and the type argument a token binds to a generic parameter written <c>!i</c> or <c>!!i</c>.
/// </summary>
internal static class SignatureTypeText
{
    /// <summary>The text without trailing array, reference and pointer marks: <c>!!0</c> for <c>!!0[]&amp;</c>.</summary>
    public static string ElementOf(string text)
    {
        int end = text.Length;
        while (end > 0)
        {
            char last = text[end - 1];
            if (last == '&' || last == '*')
            {
                end--;
            }
            else if (last == ']' && text.LastIndexOf('[', end - 1) is int open && open >= 0 && IsRankSuffix(text, open, end))
            {
                end = open;
            }
            else
            {
                break;
            }
        }

        return end == text.Length ? text : text.Substring(0, end);
    }

    private static bool IsRankSuffix(string text, int open, int end)
    {
        for (int i = open + 1; i < end - 1; i++)
        {
            if (text[i] != ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A generic parameter replaced by the type argument <paramref name="token"/> binds to it; any other type as it is.</summary>
    public static DecodedType Substitute(DecodedType type, MemberToken token) =>
        type.Text.StartsWith("!", StringComparison.Ordinal) && ArgumentFor(type.Text, token) is { } argument ? argument : type;

    /// <summary><c>!i</c> is the owner's i-th type argument, <c>!!i</c> the method's; null when the token has none.</summary>
    public static DecodedType? ArgumentFor(string parameter, MemberToken token)
    {
        bool ofMethod = parameter.StartsWith("!!", StringComparison.Ordinal);
        var arguments = ofMethod ? token.MethodArguments : token.Owner?.GenericArguments ?? DecodedType.NoArguments;
        return int.TryParse(parameter.Substring(ofMethod ? 2 : 1), out int index) && index >= 0 && index < arguments.Count ? arguments[index] : null;
    }
}
