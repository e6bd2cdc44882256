namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Reduces a serialized type name from an attribute blob (<c>Ns.Cache`1[[System.Int32, ...]], Lib, Version=...</c>)
/// to the namespace-qualified definition name targets are matched by (<c>Ns.Cache`1</c>). The assembly
/// part is dropped on purpose: type forwarding makes it unreliable.
/// </summary>
internal static class SerializedTypeName
{
    public static string ToDefinitionName(string serialized)
    {
        int depth = 0;
        for (int i = 0; i < serialized.Length; i++)
        {
            char c = serialized[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                // Generic arguments (or array brackets) start here; the definition name is complete.
                if (depth == 0)
                {
                    return serialized.Substring(0, i).Trim();
                }

                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                return serialized.Substring(0, i).Trim();
            }
        }

        return serialized.Trim();
    }
}
