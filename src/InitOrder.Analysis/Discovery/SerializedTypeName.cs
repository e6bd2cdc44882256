using System.Text;

namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Reduces a serialized type name from an attribute blob (<c>Ns.Cache`1[[System.Int32, ...]], Lib, Version=...</c>)
/// to the namespace-qualified definition name targets are matched by (<c>Ns.Cache`1</c>). The assembly
/// part is dropped on purpose: type forwarding makes it unreliable. Escapes are resolved, because metadata
/// holds names unescaped.
/// </summary>
internal static class SerializedTypeName
{
    public static string ToDefinitionName(string serialized)
    {
        var name = new StringBuilder(serialized.Length);
        for (int i = 0; i < serialized.Length; i++)
        {
            char c = serialized[i];
            if (c == '\\' && i + 1 < serialized.Length)
            {
                // A backslash escapes a character of the name itself (backslash, comma, plus, ampersand, asterisk, bracket).
                name.Append(serialized[++i]);
            }
            else if (c == '[' || c == ',')
            {
                // Generic arguments (or array brackets) or the assembly part start here; the definition name is complete.
                break;
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString().Trim();
    }
}
