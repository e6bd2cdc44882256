using System;
using System.Collections.Generic;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>How a reflective call is named in chains and reports: the call as written, with its type arguments.</summary>
internal static class ReflectionText
{
    /// <summary><c>JsonConvert.DeserializeObject&lt;Settings&gt;()</c>: the call as a chain shows it.</summary>
    public static string Api(MemberToken token)
    {
        string name = token.ShortName;
        if (token.MethodArguments.Count == 0 || !name.EndsWith("()", StringComparison.Ordinal))
        {
            return name;
        }

        var arguments = new List<string>();
        foreach (var argument in token.MethodArguments)
        {
            arguments.Add(argument.Definition?.DisplayName ?? argument.Text);
        }

        return name.Substring(0, name.Length - 2) + "<" + string.Join(", ", arguments) + ">()";
    }
}
