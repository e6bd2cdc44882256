using System;
using System.Collections.Generic;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// Where a delegate on the IL stack may come from, as <see cref="StackValue.Delegates"/> spells it: a sorted,
/// comma-separated set of <c>c</c> + the IL offset of the <c>ldftn</c> of a creation in the same method, and <c>f</c> +
/// the row of a static delegate field of the analysed assembly. A string, so that two values compare equal by content.
/// <see cref="FunctionPointer"/> marks what <c>ldftn</c> pushes, until the delegate constructor takes it.
/// </summary>
internal static class DelegateSources
{
    public const string FunctionPointer = "ldftn";

    public static string Created(int ldftnOffset) => "c" + ldftnOffset;

    public static string Field(int row) => "f" + row;

    /// <summary>What two values that meet may hold: both sets, or unknown when either is; <c>null</c> adds nothing.</summary>
    public static string? Union(StackValue a, StackValue b)
    {
        if (a.Kind == StackValueKind.Null)
        {
            return b.Delegates;
        }

        if (b.Kind == StackValueKind.Null)
        {
            return a.Delegates;
        }

        if (a.Delegates is null || b.Delegates is null || a.Delegates == FunctionPointer || b.Delegates == FunctionPointer)
        {
            return null;
        }

        var set = new SortedSet<string>(StringComparer.Ordinal);
        set.UnionWith(Parse(a.Delegates));
        set.UnionWith(Parse(b.Delegates));
        return string.Join(",", set);
    }

    public static IEnumerable<string> Parse(string sources) =>
        sources.Length == 0 ? Array.Empty<string>() : sources.Split(',');

    /// <summary>Reads a set back into field rows and creation offsets, once, for the code that matches them many times.</summary>
    public static void Split(string sources, List<int> fieldRows, List<int> creationOffsets)
    {
        foreach (var source in Parse(sources))
        {
            int number = int.Parse(source.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
            (source[0] == 'c' ? creationOffsets : fieldRows).Add(number);
        }
    }
}
