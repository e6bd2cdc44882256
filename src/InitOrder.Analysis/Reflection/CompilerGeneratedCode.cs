using System;
using System.Reflection.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Maps a compiler-generated type (a lambda's closure class <c>&lt;&gt;c__53`1</c> or display class
/// <c>&lt;&gt;c__DisplayClass15_0</c>, a state machine <c>&lt;Run&gt;d__3</c>) back to the user method it was written in, by
/// the names the C# compiler gives: the way ILLink's <c>CompilerGeneratedState</c> finds the method whose annotations
/// the generated code carries.
/// </summary>
internal static class CompilerGeneratedCode
{
    /// <summary><c>&lt;Run&gt;b__0_0</c>, <c>&lt;Run&gt;g__Local|1_0</c> and <c>&lt;Run&gt;d__3</c> name <c>Run</c>; null for any other name.</summary>
    public static string? UserMethodName(string name)
    {
        int end = name.IndexOf('>');
        return name.StartsWith("<", StringComparison.Ordinal) && end > 1 ? name.Substring(1, end - 1) : null;
    }

    /// <summary>
    /// The user type <paramref name="generated"/> is nested in directly, and the name of the method it was written in:
    /// from its own name (a state machine), else from its methods' names, which must all agree. Null when the type is
    /// not compiler-generated, is nested in another generated type, or its methods do not say one method.
    /// </summary>
    public static (ResolvedType UserType, string Method)? OwnerOf(ResolvedType generated)
    {
        var assembly = generated.Assembly;
        var reader = assembly.Reader;
        var definition = generated.Definition;
        string typeName = assembly.Strings.Get(definition.Name);
        var enclosing = definition.GetDeclaringType();
        if (!typeName.StartsWith("<", StringComparison.Ordinal) || enclosing.IsNil ||
            assembly.Strings.Get(reader.GetTypeDefinition(enclosing).Name).StartsWith("<", StringComparison.Ordinal))
        {
            return null;
        }

        string? owner = UserMethodName(typeName);
        if (owner is null)
        {
            foreach (var handle in definition.GetMethods())
            {
                if (UserMethodName(assembly.Strings.Get(reader.GetMethodDefinition(handle).Name)) is not { } written)
                {
                    continue;
                }

                if (owner is not null && owner != written)
                {
                    return null;
                }

                owner = written;
            }
        }

        return owner is null ? null : (new ResolvedType(assembly, enclosing), owner);
    }

    /// <summary>The methods of the owner's type that carry its name: overloads included, since names are all the compiler leaves.</summary>
    public static MethodDefinitionHandle[] Candidates((ResolvedType UserType, string Method) owner)
    {
        var reader = owner.UserType.Assembly.Reader;
        var found = new System.Collections.Generic.List<MethodDefinitionHandle>();
        foreach (var handle in owner.UserType.Definition.GetMethods())
        {
            if (reader.StringComparer.Equals(reader.GetMethodDefinition(handle).Name, owner.Method))
            {
                found.Add(handle);
            }
        }

        return found.ToArray();
    }
}
