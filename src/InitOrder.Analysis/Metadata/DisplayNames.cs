using System.Text;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// How members are written in messages and reports: <c>Type.Method()</c>, <c>Type..cctor</c>,
/// <c>Type.Field</c>, and <c>&lt;Module&gt;..cctor [Assembly]</c> for another assembly's initializer.
/// </summary>
internal static class DisplayNames
{
    public const string StaticConstructorName = ".cctor";
    public const string ModuleTypeName = "<Module>";

    /// <summary>Drops the <c>`N</c> arity suffix from each nesting level of a metadata type name.</summary>
    public static string StripArity(string name)
    {
        if (name.IndexOf('`') < 0)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        bool skipping = false;
        foreach (char c in name)
        {
            if (c == '`')
            {
                skipping = true;
            }
            else if (c == '+')
            {
                skipping = false;
                builder.Append(c);
            }
            else if (!skipping || !char.IsDigit(c))
            {
                skipping = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Method(string typeName, string methodName) =>
        methodName == StaticConstructorName ? typeName + "." + methodName : typeName + "." + methodName + "()";

    public static string Field(string typeName, string fieldName) => typeName + "." + fieldName;

    public static string ModuleInitializer(string assemblyName) => ModuleTypeName + "." + StaticConstructorName + " [" + assemblyName + "]";

    /// <summary>Short and full names of a method declared on <paramref name="type"/>.</summary>
    public static (string Short, string Full) ForMethod(NamedType type, string methodName, string? assemblyName)
    {
        if (type.FullName == ModuleTypeName && methodName == StaticConstructorName && assemblyName is not null)
        {
            string module = ModuleInitializer(assemblyName);
            return (module, module);
        }

        return (Method(type.DisplayName, methodName), Method(type.FullName, methodName));
    }
}
